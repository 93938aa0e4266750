//! Tests of `cargo xtask lint` (`xtask::lint`).
//!
//! - One small bad spec per rule and sub-case under `tests/lint/` (each starts with a comment
//!   naming the rule it breaks), with the exact lines the lint prints for it: the messages are
//!   part of the contract.
//! - `good.yaml`, which must be clean and must generate with progenitor.
//! - The fixtures that progenitor 0.15 itself rejects (panic or error) do fail in progenitor,
//!   so the lint is not guarding against imaginary limits.
//! - Hostile inputs and a deterministic fuzz loop: the lint never panics.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use xtask::lint::{self, Location, Problem};

fn fixture_path(name: &str) -> PathBuf {
    xtask::workspace_root()
        .join("xtask/tests/lint")
        .join(format!("{name}.yaml"))
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).expect("fixture is readable")
}

/// Lints a fixture as `tests/lint/<name>.yaml` and renders every problem.
fn lint_fixture(name: &str) -> Vec<String> {
    let file = format!("tests/lint/{name}.yaml");
    lint_text(&file, &fixture_text(name))
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn lint_text(file: &str, text: &str) -> Vec<Problem> {
    match lint::parse_spec(file, text) {
        Ok(doc) => lint::lint_document(file, &doc),
        Err(problem) => vec![problem],
    }
}

fn assert_lines(name: &str, expected: &[&str]) {
    let actual = lint_fixture(name);
    if actual != expected {
        panic!(
            "lint output for {name}.yaml differs\n--- expected\n{}\n--- actual\n{}\n",
            expected.join("\n"),
            actual.join("\n")
        );
    }
}

/// `expect!(fixture, [lines...])`: a test that the fixture lints to exactly these lines.
macro_rules! expect {
    ($name:ident, [$($line:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            assert_lines(stringify!($name), &[$($line),*]);
        }
    };
}

#[test]
fn good_spec_is_clean() {
    assert_lines("good", &[]);
}

#[test]
fn every_fixture_has_a_test_and_a_header() {
    let source = include_str!("lint.rs");
    let mut names: Vec<String> =
        std::fs::read_dir(xtask::workspace_root().join("xtask/tests/lint"))
            .expect("fixture directory")
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".yaml"))
            .collect();
    names.sort();
    assert!(names.len() > 40, "fixtures went missing: {names:?}");
    for file in names {
        let name = file.trim_end_matches(".yaml");
        let text = fixture_text(name);
        assert!(
            text.starts_with("# "),
            "{file} must start with a comment naming its rule"
        );
        if name != "good" {
            assert!(
                source.contains(&format!("expect!({name}, ["))
                    || source.contains(&format!("expect!(\n    {name},\n")),
                "{file} has no expect!({name}, ...) test"
            );
            assert!(
                !lint_fixture(name).is_empty(),
                "{file} must produce problems"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// One bad spec per rule.

expect!(
    account_in_path,
    [
        "tests/lint/account_in_path.yaml: GET /Accounts/{AccountSid}/Trunks (list_trunks): the path takes the account id `{AccountSid}`: move the account into servers[0].url as a server variable and drop it from the path (convention 2)",
    ]
);

expect!(
    body_inline_schema,
    [
        "tests/lint/body_inline_schema.yaml: POST /Trunk/ (create_trunk): request body (application/json): inline schema: move it to components/schemas and `$ref` it, so the body has a stable type name and its examples can be decoded (convention 5)",
        "tests/lint/body_inline_schema.yaml: POST /Trunk/ (create_trunk): response 201 (application/json): inline schema: move it to components/schemas and `$ref` it, so the body has a stable type name and its examples can be decoded (convention 5)",
    ]
);

expect!(
    body_multipart,
    [
        "tests/lint/body_multipart.yaml: POST /Trunk/ (create_trunk): request body (multipart/form-data): multipart/form-data is not supported by progenitor 0.15: use application/json or application/x-www-form-urlencoded",
    ]
);

expect!(
    body_two_media_types,
    [
        "tests/lint/body_two_media_types.yaml: POST /Trunk/ (create_trunk): request body has 2 media types (application/json, application/x-www-form-urlencoded): progenitor 0.15 accepts exactly one: keep the one the vendor documents",
    ]
);

expect!(
    body_unsupported_media_type,
    [
        "tests/lint/body_unsupported_media_type.yaml: POST /Trunk/ (create_trunk): request body (text/plain): media type `text/plain` is not supported: use application/json or application/x-www-form-urlencoded",
    ]
);

expect!(
    component_name,
    [
        "tests/lint/component_name.yaml: components.schemas.OpenStatus: `OpenStatus` collides with the open wrapper the generator derives for the enum component `Status`: rename the component",
        "tests/lint/component_name.yaml: components.schemas.trunk-status: component name `trunk-status` is not a PascalCase Rust identifier: it becomes a public type name: rename it (e.g. `TrunkStatus`)",
    ]
);

expect!(
    enum_inline_response,
    [
        "tests/lint/enum_inline_response.yaml: components.schemas.Trunk.properties.codecs.items: inline enum in a response schema: move it to components/schemas so the generator can open it",
        "tests/lint/enum_inline_response.yaml: components.schemas.Trunk.properties.status: inline enum in a response schema: move it to components/schemas so the generator can open it",
    ]
);

expect!(
    enum_response_body,
    [
        "tests/lint/enum_response_body.yaml: GET /Trunk/ (list_trunks): response 200 (application/json): the body is the enum component `TrunkStatus`, which would stay a closed enum: wrap it in an object schema",
    ]
);

expect!(
    enum_shared_request_response,
    [
        "tests/lint/enum_shared_request_response.yaml: components.schemas.Trunk: used in both request and response and contains an enum (`TrunkStatus`): split it into a request schema and a response schema",
    ]
);

expect!(
    errors_differ,
    [
        "tests/lint/errors_differ.yaml: POST /Trunk/ (create_trunk): error responses have different types (4XX: ErrorBody, 5XX: a non-JSON body (text/html)): progenitor 0.15 asserts one error type per operation: give every 4xx/5xx response the API's one error schema",
    ]
);

expect!(
    example_enum,
    [
        "tests/lint/example_enum.yaml: POST /Trunk/ (create_trunk): requestBody.content.application/json.examples.outbound.value: at /status: \"paused\" is not one of the enum values (\"enabled\", \"disabled\"): fix the example or add the value to the enum",
        "tests/lint/example_enum.yaml: components.schemas.TrunkStatus.example: \"enable\" is not one of the enum values (\"enabled\", \"disabled\"): fix the example or add the value to the enum",
    ]
);

expect!(
    example_required_and_null,
    [
        "tests/lint/example_required_and_null.yaml: components.schemas.Trunk.example: at /name: null, but the schema is not nullable: add `nullable: true` or fix the example",
        "tests/lint/example_required_and_null.yaml: components.schemas.Trunk.example: at /tags/1: null, but the schema is not nullable: add `nullable: true` or fix the example",
        "tests/lint/example_required_and_null.yaml: components.schemas.Trunk.example: missing required property `trunk_id`: add it to the example or make the property optional",
    ]
);

expect!(
    example_type_mismatch,
    [
        "tests/lint/example_type_mismatch.yaml: GET /Trunk/ (list_trunks): responses.200.content.application/json.example: at /objects/1/channels: 2.5 is not an integer but the schema says `type: integer`: fix the example or use `type: number`",
        "tests/lint/example_type_mismatch.yaml: components.schemas.Trunk.example: at /secure: expected boolean, found a string \"true\": fix the example or the schema",
        "tests/lint/example_type_mismatch.yaml: components.schemas.Trunk.example: at /trunk_id: expected string, found a number 123: fix the example or the schema",
        "tests/lint/example_type_mismatch.yaml: components.schemas.Trunk.properties.channels.example: expected integer, found a string \"10\": fix the example or the schema",
    ]
);

expect!(
    form_body_array,
    [
        "tests/lint/form_body_array.yaml: POST /Trunk/ (create_trunk): request body (application/x-www-form-urlencoded): property `Options` is an object: serde_urlencoded cannot encode nested objects in a form body: flatten it into scalar properties",
        "tests/lint/form_body_array.yaml: POST /Trunk/ (create_trunk): request body (application/x-www-form-urlencoded): property `Tags` is an array: serde_urlencoded cannot encode arrays in a form body: make it a single value (or a delimited string, if the vendor accepts one)",
        "tests/lint/form_body_array.yaml: POST /Trunk/ (create_trunk): request body (application/x-www-form-urlencoded): property `Urls` is an array: serde_urlencoded cannot encode arrays in a form body: make it a single value (or a delimited string, if the vendor accepts one)",
    ]
);

expect!(
    idempotent_missing,
    [
        "tests/lint/idempotent_missing.yaml: POST /Trunk/ (create_trunk): POST without `x-trunkline-idempotent`: declare `x-trunkline-idempotent: true` (an update, safe to resend) or `false` (it creates something)",
        "tests/lint/idempotent_missing.yaml: PATCH /Trunk/{id} (update_trunk): PATCH without `x-trunkline-idempotent`: declare `x-trunkline-idempotent: true` (it sets fields, safe to resend) or `false` (resending it changes the result)",
    ]
);

expect!(
    idempotent_not_boolean,
    [
        "tests/lint/idempotent_not_boolean.yaml: POST /Trunk/ (create_trunk): `x-trunkline-idempotent` must be a boolean (found \"no\"): write `true` or `false`",
    ]
);

expect!(
    idempotent_on_get,
    [
        "tests/lint/idempotent_on_get.yaml: GET /Trunk/ (list_trunks): `x-trunkline-idempotent` on a GET operation: only POST and PATCH declare a retry class (the other methods have a fixed one): remove it",
    ]
);

expect!(
    no_success_response,
    [
        "tests/lint/no_success_response.yaml: POST /Trunk/ (create_trunk): no success response: declare the 2xx the vendor answers with ('200' with a $ref body, or '204' without content)",
        "tests/lint/no_success_response.yaml: POST /Trunk/ (create_trunk): response key `20` is not a status code (100-599), a range ('1XX' to '5XX') or `default`: openapiv3 silently drops it: fix the key",
    ]
);

expect!(
    operation_id_duplicate,
    [
        "tests/lint/operation_id_duplicate.yaml: GET /Trunk/ (list_trunks): operationId `list_trunks` is used by 2 operations (GET /Trunk/, GET /Trunk/{trunk_id}/): operation ids must be unique in the file",
        "tests/lint/operation_id_duplicate.yaml: GET /Trunk/{trunk_id}/ (list_trunks): operationId `list_trunks` is used by 2 operations (GET /Trunk/, GET /Trunk/{trunk_id}/): operation ids must be unique in the file",
    ]
);

expect!(
    operation_id_missing,
    [
        "tests/lint/operation_id_missing.yaml: GET /Trunk/: missing operationId: add a snake_case `operationId` such as `list_trunks` (it becomes the Rust method name)",
    ]
);

expect!(
    operation_id_not_snake_case,
    [
        "tests/lint/operation_id_not_snake_case.yaml: GET /Trunk/ (listTrunks): operationId `listTrunks` is not snake_case (^[a-z][a-z0-9_]*$): write `list_trunks`",
    ]
);

expect!(
    parameter_unsupported,
    [
        "tests/lint/parameter_unsupported.yaml: GET /Trunk/ (list_trunks): parameters.q: parameter `q` uses `content`: progenitor 0.15 needs a `schema`: write `schema:` instead",
        "tests/lint/parameter_unsupported.yaml: GET /Trunk/ (list_trunks): parameters.session: cookie parameter `session` is not supported by progenitor 0.15: remove it",
        "tests/lint/parameter_unsupported.yaml: GET /Trunk/ (list_trunks): parameters.sort: query parameter `sort` has style `deepObject`: progenitor 0.15 supports only `form`: remove the style",
    ]
);

expect!(
    path_param_not_in_path,
    [
        "tests/lint/path_param_not_in_path.yaml: GET /Trunk/ (list_trunks): path parameter `trunk_id` is declared but `{trunk_id}` is not in the path: remove the parameter or add it to the path",
    ]
);

expect!(
    path_param_not_required,
    [
        "tests/lint/path_param_not_required.yaml: GET /Trunk/{trunk_id}/ (get_trunk): parameters.trunk_id: path parameter `trunk_id` must have `required: true` (progenitor 0.15 asserts it)",
    ]
);

expect!(
    path_param_undeclared,
    [
        "tests/lint/path_param_undeclared.yaml: GET /Trunk/{trunk_id}/ (get_trunk): path variable `{trunk_id}` has no `in: path` parameter: declare one named `trunk_id` (on the operation or the path item)",
    ]
);

expect!(
    path_template_malformed,
    [
        "tests/lint/path_template_malformed.yaml: GET /Trunk/{trunk_id/ (get_trunk): malformed path template: unterminated `{` in the path: write `/segment/{name}/...`",
    ]
);

expect!(
    query_array_of_objects,
    [
        "tests/lint/query_array_of_objects.yaml: GET /Trunk/ (list_trunks): parameters.names: query parameter `names` is an array of objects: it cannot be serialized into a URL: use an array of scalars or separate parameters",
    ]
);

expect!(
    query_object,
    [
        "tests/lint/query_object.yaml: GET /Trunk/ (list_trunks): parameters.filter: query parameter `filter` is an object (`Filter`): progenitor's builder cannot serialize object query parameters: flatten it into scalar parameters",
        "tests/lint/query_object.yaml: GET /Trunk/ (list_trunks): parameters.page: query parameter `page` is an object: progenitor's builder cannot serialize object query parameters: flatten it into scalar parameters",
    ]
);

expect!(
    ref_cycle,
    [
        "tests/lint/ref_cycle.yaml: components.schemas.A: cyclic $ref: A → B → A: a schema cannot be (or allOf-include) itself: break the cycle",
        "tests/lint/ref_cycle.yaml: components.schemas.Node: cyclic $ref: Node → Node: a schema cannot be (or allOf-include) itself: break the cycle",
    ]
);

expect!(
    ref_dangling,
    [
        "tests/lint/ref_dangling.yaml: GET /Trunk/ (list_trunks): responses.200.content.application/json.schema: $ref `#/components/schemas/Trunks` does not resolve: there is no components.schemas.Trunks: add it or fix the reference",
        "tests/lint/ref_dangling.yaml: components.schemas.Trunk.properties.owner: $ref `#/components/schemas/Owner` does not resolve: there is no components.schemas.Owner: add it or fix the reference",
    ]
);

expect!(
    ref_external,
    [
        "tests/lint/ref_external.yaml: components.schemas.Trunk.properties.name: $ref `#/components/schemas/Trunk/properties/owner` must point to a whole component (`#/components/<kind>/<Name>`): progenitor resolves only those: move the target into components",
        "tests/lint/ref_external.yaml: components.schemas.Trunk.properties.owner: external $ref `owner.yaml#/Owner` is not supported: copy the definition into components and refer to it as `#/components/...`",
    ]
);

expect!(
    ref_wrong_kind,
    [
        "tests/lint/ref_wrong_kind.yaml: components.schemas.Trunk.properties.error: $ref `#/components/responses/Error` points into components.responses but a schema is expected here: progenitor looks it up by name in components.schemas: point it into components.schemas",
    ]
);

expect!(
    schema_missing_request,
    [
        "tests/lint/schema_missing_request.yaml: POST /Trunk/ (create_trunk): request body (application/json): no schema: add `schema: {$ref: '#/components/schemas/...'}`, or remove the content if there is no body (progenitor 0.15 panics on a media type without a schema)",
    ]
);

expect!(
    schema_missing_response,
    [
        "tests/lint/schema_missing_response.yaml: GET /Trunk/ (list_trunks): response 200 (application/json): no schema: add `schema: {$ref: '#/components/schemas/...'}`, or remove the content if there is no body (progenitor 0.15 panics on a media type without a schema)",
    ]
);

expect!(
    secret_in_response,
    [
        "tests/lint/secret_in_response.yaml: components.schemas.Trunk.properties.auth_token: property `auth_token` looks like a secret in a response schema: mark it `x-trunkline-secret: true` (decoded as SecretString, never shown by `Debug`) or drop it from the response schema (unknown fields are ignored)",
    ]
);

expect!(
    secret_not_string,
    [
        "tests/lint/secret_not_string.yaml: components.schemas.NewCredential: `x-trunkline-secret` is only read on object properties: move it onto the property that holds the secret",
        "tests/lint/secret_not_string.yaml: components.schemas.NewCredential.properties.kind: `x-trunkline-secret: true` needs a plain `type: string` property (found an enum): write the property as `type: string`",
        "tests/lint/secret_not_string.yaml: components.schemas.NewCredential.properties.pin: `x-trunkline-secret: true` needs a plain `type: string` property (found `type: integer`): write the property as `type: string`",
        "tests/lint/secret_not_string.yaml: components.schemas.NewCredential.properties.token: `x-trunkline-secret: true` needs a plain `type: string` property (found a $ref): write the property as `type: string`",
        "tests/lint/secret_not_string.yaml: components.schemas.NewCredential.properties.username: `x-trunkline-secret` must be a boolean (found \"yes\"): write `true`",
    ]
);

expect!(
    secret_unmarked,
    [
        "tests/lint/secret_unmarked.yaml: components.schemas.NewCredential.properties.AuthToken: property `AuthToken` looks like a secret but is not marked: add `x-trunkline-secret: true` (on a `type: string` property) so it is generated as SecretString",
        "tests/lint/secret_unmarked.yaml: components.schemas.NewCredential.properties.SipPassword: property `SipPassword` looks like a secret but is not marked: add `x-trunkline-secret: true` (on a `type: string` property) so it is generated as SecretString",
        "tests/lint/secret_unmarked.yaml: components.schemas.NewCredential.properties.api_secret: property `api_secret` looks like a secret but is not marked: add `x-trunkline-secret: true` (on a `type: string` property) so it is generated as SecretString",
        "tests/lint/secret_unmarked.yaml: components.schemas.NewCredential.properties.password: property `password` looks like a secret but is not marked: add `x-trunkline-secret: true` (on a `type: string` property) so it is generated as SecretString",
        "tests/lint/secret_unmarked.yaml: components.schemas.NewCredential.properties.sip_password: property `sip_password` looks like a secret but is not marked: add `x-trunkline-secret: true` (on a `type: string` property) so it is generated as SecretString",
    ]
);

expect!(
    trap_request_default,
    [
        "tests/lint/trap_request_default.yaml: components.schemas.UpdateTrunk.properties.limit: `default` on a request property: typify makes the field non-optional and sends the default on every request (an update would reset the field): state the default in `description` instead",
        "tests/lint/trap_request_default.yaml: components.schemas.UpdateTrunk.properties.secure: `default` on a request property: typify makes the field non-optional and sends the default on every request (an update would reset the field): state the default in `description` instead",
    ]
);

expect!(
    structure_invalid_schema,
    [
        "tests/lint/structure_invalid_schema.yaml: components.schemas.Name.properties.first: not a valid OpenAPI 3.0 schema (invalid type: sequence, expected a string): fix it to match the OpenAPI 3.0.3 specification",
    ]
);

expect!(
    structure_missing_paths_servers,
    [
        "tests/lint/structure_missing_paths_servers.yaml: missing `paths`: add the API's operations under `paths`",
        "tests/lint/structure_missing_paths_servers.yaml: missing `servers[0].url`: add the API's base URL, with the account as a server variable (convention 2)",
    ]
);

expect!(
    success_200_201_differ,
    [
        "tests/lint/success_200_201_differ.yaml: POST /Trunk/ (create_trunk): more than one success type (200: Trunk, 201: Created): progenitor 0.15 asserts one success type per operation: give every 2xx response the same $ref, or none of them a body",
    ]
);

expect!(
    success_json_and_204,
    [
        "tests/lint/success_json_and_204.yaml: POST /Trunk/ (create_trunk): more than one success type (200: Trunk, 204: no body): progenitor 0.15 asserts one success type per operation: give every 2xx response the same $ref, or none of them a body",
    ]
);

expect!(
    success_typed_default,
    [
        "tests/lint/success_typed_default.yaml: POST /Trunk/ (create_trunk): `default` response: progenitor counts it as both a success and an error: use '4XX' and '5XX' with the API's error schema instead (convention 7)",
        "tests/lint/success_typed_default.yaml: POST /Trunk/ (create_trunk): more than one success type (200: Trunk, default: ErrorBody): progenitor 0.15 asserts one success type per operation: give every 2xx response the same $ref, or none of them a body",
    ]
);

expect!(
    trap_additional_properties_false,
    [
        "tests/lint/trap_additional_properties_false.yaml: components.schemas.Trunk: `additionalProperties: false`: vendors add fields without notice: remove it (unknown fields are ignored)",
    ]
);

expect!(
    trap_date_time,
    [
        "tests/lint/trap_date_time.yaml: components.schemas.Trunk.example: at /updated: \"2006-01-02 15:04:05\" is not RFC 3339 but the schema says `format: date-time`: remove the format (keep `type: string` and name the format in `description`) or fix the example",
        "tests/lint/trap_date_time.yaml: components.schemas.Trunk.properties.created.example: \"Mon, 02 Jan 2006 15:04:05 +0000\" is not RFC 3339 but the schema says `format: date-time`: remove the format (keep `type: string` and name the format in `description`) or fix the example",
    ]
);

expect!(
    trap_pattern,
    [
        "tests/lint/trap_pattern.yaml: components.schemas.Trunk.properties.trunk_id: `pattern`: the generated type would reject every value that does not match it: remove it and describe the format in `description`",
    ]
);

expect!(
    trap_response_bounds,
    [
        "tests/lint/trap_response_bounds.yaml: components.schemas.Trunk.properties.count: `minimum: 0` without a `format` in a response schema: the field is decoded as an unsigned integer, so a negative value fails the whole response: add `format: int64` or remove the minimum",
        "tests/lint/trap_response_bounds.yaml: components.schemas.Trunk.properties.ip: `format: ipv4` in a response schema: it is decoded strictly as a std::net address, so a CIDR range, a host name or an empty string would fail the whole response: remove the format",
        "tests/lint/trap_response_bounds.yaml: components.schemas.Trunk.properties.limit: `minimum: 1` in a response schema: the field is decoded as a NonZero integer, so a 0 from the vendor fails the whole response: remove it and describe the bound in `description`",
        "tests/lint/trap_response_bounds.yaml: components.schemas.Trunk.properties.name: `maxLength` in a response schema: the generated string type rejects vendor values of another length: remove it and describe the bound in `description`",
    ]
);

expect!(
    trap_uuid,
    [
        "tests/lint/trap_uuid.yaml: GET /Trunk/ (list_trunks): parameters.ipacl_uuid.schema: `format: uuid`: vendor ids are not always well-formed UUIDs: remove the format (keep `type: string`)",
        "tests/lint/trap_uuid.yaml: components.schemas.Trunk.properties.trunk_id: `format: uuid`: vendor ids are not always well-formed UUIDs: remove the format (keep `type: string`)",
    ]
);

expect!(
    version_3_1,
    [
        "tests/lint/version_3_1.yaml: OpenAPI 3.1 is not supported by progenitor 0.15: write 3.0.3 (found `openapi: 3.1.0`)",
    ]
);

expect!(
    version_missing,
    [
        "tests/lint/version_missing.yaml: missing `openapi` field: start the document with `openapi: 3.0.3` (progenitor 0.15 reads OpenAPI 3.0.x only)",
    ]
);

expect!(
    version_swagger,
    [
        "tests/lint/version_swagger.yaml: Swagger 2.0 is not supported by progenitor 0.15: convert the document to OpenAPI 3.0.3 (`openapi: 3.0.3`)",
    ]
);

// ---------------------------------------------------------------------------------------------
// The public interface.

// ---------------------------------------------------------------------------------------------
// Rules 18 (x-trunkline-client) and 19 (x-trunkline-paging).

expect!(
    client_not_mapping,
    [
        "tests/lint/client_not_mapping.yaml: x-trunkline-client: must be a mapping with `vendor`, `name`, `credentials`, `auth` and `base_url_env` (found \"example\")",
    ]
);

expect!(
    client_keys,
    [
        "tests/lint/client_keys.yaml: x-trunkline-client: missing `auth`: add `{scheme: basic, username: …, password: …}`, `{scheme: headers, headers: {Header-Name: credential, …}}` or `{scheme: bearer, token: …}`",
        "tests/lint/client_keys.yaml: x-trunkline-client: missing `base_url_env`: add the environment variable that replaces the default origin (e.g. `PLIVO_BASE_URL`)",
        "tests/lint/client_keys.yaml: x-trunkline-client: missing `name`: add the vendor's name as written in messages (e.g. `Plivo`)",
        "tests/lint/client_keys.yaml: x-trunkline-client: unknown key `token_env`: the keys are `vendor`, `name`, `credentials`, `auth`, `base_url_env`, `encode_plus_in_paths`, `builder`, `error`",
        "tests/lint/client_keys.yaml: x-trunkline-client.vendor: `Example` is not a lower-case name (^[a-z][a-z0-9]*$): it becomes the `VENDOR` constant and the vendor field of logs and errors",
    ]
);

expect!(
    client_credentials,
    [
        "tests/lint/client_credentials.yaml: x-trunkline-client.auth.password: the credential `auth_id` is sent as a secret: mark it `secret: true` so it is never shown",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.1.env: `example_token` is not an environment variable name (^[A-Z][A-Z0-9_]*$)",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.1.name: `AuthToken` is not a snake_case Rust identifier (or is a keyword): it becomes a parameter of the generated constructors",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.2.env: `EXAMPLE_AUTH_ID` is used twice: every variable must name one value",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.2.name: `auth_id` is declared twice: credential names must be unique",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.3: missing `label`: add how errors name it after the vendor name (e.g. `auth id`)",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.3: unknown key `region`: the keys are `name`, `label`, `env`, `secret`",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.3.env: `EXAMPLE_BASE_URL` is used twice: every variable must name one value",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.3.secret: must be `true` or `false` (found \"yes\")",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.4: must be a mapping `{name, label, env, secret}` (found \"EXAMPLE_TOKEN\")",
        "tests/lint/client_credentials.yaml: x-trunkline-client.credentials.5.name: `type` is not a snake_case Rust identifier (or is a keyword): it becomes a parameter of the generated constructors",
    ]
);

expect!(
    client_auth_scheme,
    [
        "tests/lint/client_auth_scheme.yaml: x-trunkline-client.auth.scheme: unknown scheme `oauth2`: use `basic` (HTTP Basic), `headers` (one header per credential) or `bearer` (`Authorization: Bearer`)",
    ]
);

expect!(
    client_auth_credentials,
    [
        "tests/lint/client_auth_credentials.yaml: x-trunkline-client.auth: unknown key `token`: the keys are `scheme`, `username`, `password`",
        "tests/lint/client_auth_credentials.yaml: x-trunkline-client.auth.password: the credential `auth_token` is sent as a secret: mark it `secret: true` so it is never shown",
        "tests/lint/client_auth_credentials.yaml: x-trunkline-client.auth.username: `user` is not one of the credentials",
    ]
);

expect!(
    client_auth_headers,
    [
        "tests/lint/client_auth_headers.yaml: x-trunkline-client.auth.headers: `X Auth ID` is not a valid HTTP header name",
        "tests/lint/client_auth_headers.yaml: x-trunkline-client.auth.headers.X-Auth-Token: must name one of the credentials (found \"token\")",
    ]
);

expect!(
    client_server_url,
    [
        "tests/lint/client_server_url.yaml: servers.0.url: `http://api.example.com/v1/Account/{auth_id}` is not an https:// URL: the client's default origin would send credentials in clear text",
    ]
);

expect!(
    client_server_variables,
    [
        "tests/lint/client_server_variables.yaml: servers.0.url: the path segment `acct-{auth_id}` mixes a variable with text: a variable must be a whole segment (`/Account/{auth_id}`)",
        "tests/lint/client_server_variables.yaml: servers.0.url: the variable `{Region}` is filled with the credential `region`, which x-trunkline-client does not declare",
        "tests/lint/client_server_variables.yaml: servers.0.url: the variable `{auth_token}` would put the secret credential `auth_token` into every URL: URLs are logged",
    ]
);

expect!(
    client_flags,
    [
        "tests/lint/client_flags.yaml: x-trunkline-client.builder: must be `generated` (the default) or `combined` (the crate builds this API's client by hand with another one) (found \"manual\")",
        "tests/lint/client_flags.yaml: x-trunkline-client.encode_plus_in_paths: must be `true` or `false` (found \"yes\")",
    ]
);

expect!(
    client_error,
    [
        "tests/lint/client_error.yaml: x-trunkline-client.error: unknown key `retry`: the keys are `schema`, `message`, `code`, `at`",
        "tests/lint/client_error.yaml: x-trunkline-client.error.at: `error.pointer` does not resolve in `ErrorBody`: no property `pointer`",
        "tests/lint/client_error.yaml: x-trunkline-client.error.code: `ErrorBody.nested` is object, not string or integer or untyped",
        "tests/lint/client_error.yaml: x-trunkline-client.error.message.1: `errors.0.title` does not resolve in `ErrorBody`: no property `errors`",
        "tests/lint/client_error.yaml: x-trunkline-client.error.message.2: must be a dotted property path (found 7)",
    ]
);

expect!(
    client_error_schema,
    [
        "tests/lint/client_error_schema.yaml: x-trunkline-client.error: `message` must be a non-empty list of paths (found a list of 0)",
        "tests/lint/client_error_schema.yaml: x-trunkline-client.error.schema: `NoSuchSchema` is not a schema of `components/schemas`",
    ]
);

expect!(
    paging_style,
    [
        "tests/lint/paging_style.yaml: GET /A/ (list_a): x-trunkline-paging: must be a mapping with `style`, `items` and `size_param` (found \"offset\")",
        "tests/lint/paging_style.yaml: GET /B/ (list_b): x-trunkline-paging.style: unknown style `cursor`: use `offset`, `page_number` or `next_link`",
        "tests/lint/paging_style.yaml: GET /C/ (list_c): x-trunkline-paging: missing `style`: `offset`, `page_number` or `next_link`",
        "tests/lint/paging_style.yaml: GET /D/ (list_d): x-trunkline-paging: the operation has no success body that is a `$ref` to a component: a paged list answers with one page object",
        "tests/lint/paging_style.yaml: POST /Trunk/ (create_trunk): x-trunkline-paging: only a GET list operation can be paged: remove it",
    ]
);

expect!(
    paging_keys,
    [
        "tests/lint/paging_keys.yaml: GET /A/ (list_a): x-trunkline-paging.next: does not apply to the `offset` style: remove it",
        "tests/lint/paging_keys.yaml: GET /A/ (list_a): x-trunkline-paging: missing `offset_param`, which the `offset` style needs",
        "tests/lint/paging_keys.yaml: GET /B/ (list_b): x-trunkline-paging.total: does not apply to the `next_link` style: remove it",
        "tests/lint/paging_keys.yaml: GET /B/ (list_b): x-trunkline-paging: unknown key `sort`: the keys are `style`, `items`, `size_param`, `offset_param`, `page_param`, `first_page`, `total`, `total_pages`, `has_next`, `served_size`, `id`, `next`, `self`, `summary`",
        "tests/lint/paging_keys.yaml: GET /C/ (list_c): x-trunkline-paging: missing `id`, which the `page_number` style needs",
        "tests/lint/paging_keys.yaml: GET /C/ (list_c): x-trunkline-paging: missing `size_param`, which the `page_number` style needs",
    ]
);

expect!(
    paging_params,
    [
        "tests/lint/paging_params.yaml: GET /A/ (list_a): x-trunkline-paging.offset_param: `start` is not a query parameter of the operation",
        "tests/lint/paging_params.yaml: GET /B/ (list_b): x-trunkline-paging.offset_param: the query parameter `cursor` is not `type: integer`",
        "tests/lint/paging_params.yaml: GET /B/ (list_b): x-trunkline-paging.size_param: the query parameter `per_page` has no integer `maximum`: declare the largest page the vendor serves (the streams' default page size)",
        "tests/lint/paging_params.yaml: GET /C/ (list_c): x-trunkline-paging.first_page: must be 0 or 1, the number of the first page (found 2)",
    ]
);

expect!(
    paging_fields,
    [
        "tests/lint/paging_fields.yaml: GET /A/ (list_a): x-trunkline-paging.has_next: `TrunkList.meta.total` is integer, not boolean",
        "tests/lint/paging_fields.yaml: GET /A/ (list_a): x-trunkline-paging.items: `TrunkList.count` is not an array",
        "tests/lint/paging_fields.yaml: GET /A/ (list_a): x-trunkline-paging.total: `meta.count` does not resolve in `TrunkList`: no property `count`",
        "tests/lint/paging_fields.yaml: GET /B/ (list_b): x-trunkline-paging.items: `trunks` is not a top-level property of `TrunkList`",
        "tests/lint/paging_fields.yaml: GET /B/ (list_b): x-trunkline-paging.next: `TrunkList.meta.more` is boolean, not string",
        "tests/lint/paging_fields.yaml: GET /B/ (list_b): x-trunkline-paging.self: `meta.next.href` does not resolve in `TrunkList`: no property `href`",
        "tests/lint/paging_fields.yaml: GET /C/ (list_c): x-trunkline-paging.id: `uuid` does not resolve in the items of `TrunkList.objects`: no property `uuid`",
        "tests/lint/paging_fields.yaml: GET /D/ (list_d): x-trunkline-paging.id: the items' `size` is integer, not string",
    ]
);

expect!(
    paging_summary,
    [
        "tests/lint/paging_summary.yaml: GET /A/ (list_a): x-trunkline-paging.summary: must be a non-empty list of the items' property names (found \"trunk_id\")",
        "tests/lint/paging_summary.yaml: GET /B/ (list_b): x-trunkline-paging.summary: `colour` is not a top-level property of `Trunk`",
        "tests/lint/paging_summary.yaml: GET /B/ (list_b): x-trunkline-paging.summary: `trunk_id` is listed twice",
        "tests/lint/paging_summary.yaml: GET /C/ (list_c): x-trunkline-paging.summary: must keep `trunk_id`, the start of the items' `id`",
        "tests/lint/paging_summary.yaml: GET /D/ (list_d): x-trunkline-paging.summary: the component `NumberSummary` would clash with the type it adds",
        "tests/lint/paging_summary.yaml: GET /E/ (list_e): x-trunkline-paging.summary: the items must be a `$ref` to a component schema to summarise",
    ]
);

expect!(
    paging_shared_page,
    [
        "tests/lint/paging_shared_page.yaml: GET /B/ (list_b): x-trunkline-paging: `list_a` declares the page `TrunkList` differently (style, items or fields): operations answering with one page type must declare it the same way",
    ]
);

#[test]
fn display_formats() {
    let problem = |location: Location| Problem {
        file: "specs/x.yaml".to_owned(),
        location,
        message: "what is wrong: what to do".to_owned(),
    };
    assert_eq!(
        problem(Location::Document).to_string(),
        "specs/x.yaml: what is wrong: what to do"
    );
    assert_eq!(
        problem(Location::Operation {
            method: "GET".to_owned(),
            path: "/x".to_owned(),
            operation_id: Some("get_x".to_owned()),
        })
        .to_string(),
        "specs/x.yaml: GET /x (get_x): what is wrong: what to do"
    );
    assert_eq!(
        problem(Location::Operation {
            method: "GET".to_owned(),
            path: "/x".to_owned(),
            operation_id: None,
        })
        .to_string(),
        "specs/x.yaml: GET /x: what is wrong: what to do"
    );
    assert_eq!(
        problem(Location::Schema("components.schemas.Name".to_owned())).to_string(),
        "specs/x.yaml: components.schemas.Name: what is wrong: what to do"
    );
}

#[test]
fn yaml_syntax_errors_name_line_and_column() {
    let problems = lint_text("specs/x.yaml", "openapi: 3.0.3\npaths: [1, 2\n");
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["specs/x.yaml: not valid YAML: unclosed bracket '[' at line 2, column 8: fix the syntax"]
    );
    assert_eq!(problems[0].location, Location::Document);
}

#[test]
fn parse_spec_rejects_empty_and_non_mapping_roots() {
    let render = |text: &str| {
        lint::parse_spec("x.yaml", text)
            .map(|_| String::from("parsed"))
            .unwrap_or_else(|p| p.to_string())
    };
    assert_eq!(
        render(""),
        "x.yaml: the file is empty: write an OpenAPI 3.0.3 document (`openapi: 3.0.3`, `info`, \
         `servers`, `paths`, `components`)"
    );
    assert_eq!(render("# nothing but a comment\n"), render(""));
    assert_eq!(
        render("- a\n- b\n"),
        "x.yaml: the document root is a list, not a mapping: an OpenAPI document is a mapping \
         with `openapi`, `info`, `servers`, `paths` and `components`"
    );
    assert!(render("42").contains("the document root is a number"));
    assert_eq!(render("openapi: 3.0.3\n"), "parsed");
}

#[test]
fn yaml_1_2_scalars() {
    // `yes` stays a string (a vendor enum value must not become `true`); so does a number
    // with a leading zero.
    let doc = lint::parse_spec(
        "x.yaml",
        "a: yes\nb: 0123\nc: true\nd: 12\ne: 0\nf: 0.5\ng: 2024-01-02\nh: ~\n",
    )
    .expect("parses");
    assert_eq!(
        doc,
        json!({"a": "yes", "b": "0123", "c": true, "d": 12, "e": 0, "f": 0.5, "g": "2024-01-02", "h": null})
    );
}

#[test]
fn problems_are_sorted_and_deduplicated() {
    let problems = lint_text("f.yaml", &fixture_text("operation_id_duplicate"));
    let mut sorted = problems.clone();
    sorted.dedup();
    assert_eq!(problems, sorted);
    // Document-level first, then operations by path and method, then schema locations.
    let text = "openapi: 3.0.3\n\
                info: {title: t, version: '1'}\n\
                paths:\n  /b:\n    get: {responses: {'204': {description: x}}}\n  \
                /a:\n    post: {responses: {'204': {description: x}}}\n    \
                get: {responses: {'204': {description: x}}}\n\
                components:\n  schemas:\n    bad-name: {type: string}\n";
    let locations: Vec<String> = lint_text("f.yaml", text)
        .iter()
        .map(|p| p.location.to_string())
        .collect();
    let mut deduped = locations.clone();
    deduped.dedup();
    assert_eq!(
        deduped,
        [
            "",
            "GET /a",
            "POST /a",
            "GET /b",
            "components.schemas.bad-name"
        ]
    );
}

#[test]
fn lint_file_reports_the_path_as_given_and_unreadable_files() {
    let problems = lint::lint_file(Path::new("tests/lint/does-not-exist.yaml"));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].file, "tests/lint/does-not-exist.yaml");
    assert!(
        problems[0].message.starts_with("cannot read the file: "),
        "{problems:?}"
    );
    assert!(lint::lint_file(&fixture_path("good")).is_empty());
    let bad = lint::lint_file(&fixture_path("version_3_1"));
    assert_eq!(bad.len(), 1);
    assert_eq!(
        bad[0].file,
        fixture_path("version_3_1").display().to_string()
    );
}

// ---------------------------------------------------------------------------------------------
// The limits the lint guards against are real: progenitor 0.15 fails on these fixtures.

/// Runs progenitor the way the generator does; `Err` if it errors or panics.
fn progenitor(text: &str) -> Result<(), String> {
    use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle};
    let doc: Value = lint::parse_spec("x.yaml", text).map_err(|p| p.to_string())?;
    let spec: openapiv3::OpenAPI = serde_json::from_value(doc).map_err(|e| e.to_string())?;
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged);
    let quiet = std::thread::current().name().map(str::to_owned);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name().map(str::to_owned) != quiet {
            eprintln!("{info}");
        }
    }));
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        Generator::new(&settings).generate_tokens(&spec)
    }));
    std::panic::set_hook(previous);
    match outcome {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(err)) => Err(err.to_string()),
        Err(_) => Err("panicked".to_owned()),
    }
}

#[test]
fn progenitor_accepts_the_good_spec_and_rejects_what_the_lint_rejects() {
    progenitor(&fixture_text("good")).expect("good.yaml generates");
    for name in [
        "version_3_1",
        "success_200_201_differ",
        "success_json_and_204",
        "success_typed_default",
        "errors_differ",
        "schema_missing_response",
        "schema_missing_request",
        "body_multipart",
        "body_two_media_types",
        "operation_id_missing",
        "operation_id_duplicate",
        "path_param_not_required",
        "path_template_malformed",
        "parameter_unsupported",
        "ref_dangling",
    ] {
        assert!(
            progenitor(&fixture_text(name)).is_err(),
            "progenitor accepts {name}.yaml: the lint rule may be stale"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Hostile input: the lint reports problems and never panics.

/// A deterministic xorshift generator (no dependencies, fixed seed).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn billion_laughs() -> String {
    let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..10 {
        let previous = format!("*a{}", level - 1);
        let list = [previous.as_str(); 10].join(", ");
        text.push_str(&format!("a{level}: &a{level} [{list}]\n"));
    }
    text
}

#[test]
fn hostile_inputs_are_problems_not_panics() {
    let mut rng = Rng(0x5eed_1e55_0bad_cafe);
    let mut inputs: Vec<(String, String)> = vec![
        ("empty".into(), String::new()),
        ("blank".into(), " \n\t\n".into()),
        ("comment".into(), "# just a comment\n".into()),
        ("scalar".into(), "hello".into()),
        ("number".into(), "3.0".into()),
        ("null".into(), "~".into()),
        ("list".into(), "- openapi: 3.0.3\n".into()),
        ("tab-indented".into(), "openapi: 3.0.3\n\tpaths: {}\n".into()),
        ("two documents".into(), "openapi: 3.0.3\n---\nopenapi: 3.0.3\n".into()),
        ("duplicate key".into(), "openapi: 3.0.3\nopenapi: 3.0.3\n".into()),
        ("complex key".into(), "? [a, b]\n: c\n".into()),
        ("unknown tag".into(), "openapi: !!binary aGVsbG8=\n".into()),
        ("nan".into(), "openapi: .nan\n".into()),
        ("deep flow lists".into(), format!("a: {}{}", "[".repeat(5000), "]".repeat(5000))),
        ("deep flow maps".into(), format!("a: {}1{}", "{a: ".repeat(400), "}".repeat(400))),
        ("deep block maps".into(), (0..400).map(|i| format!("{}k:\n", " ".repeat(i))).collect()),
        ("billion laughs".into(), billion_laughs()),
        ("many aliases".into(), format!("a: &x [1]\nb: [{}]\n", vec!["*x"; 20_000].join(", "))),
        ("huge".into(), format!("openapi: 3.0.3\ninfo: {{title: '{}'}}\n", "x".repeat(9 << 20))),
        ("NUL bytes".into(), "openapi: 3.0.3\u{0}\u{0}\n".into()),
        ("BOM".into(), "\u{feff}openapi: 3.0.3\n".into()),
        ("wrong shapes".into(), "openapi: 3.0.3\ninfo: 5\nservers: {url: 1}\npaths: [1]\ncomponents: [x]\n".into()),
        ("wrong shapes deeper".into(), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get: 5\n    post: {responses: 7, parameters: {a: 1}, requestBody: []}\n    put: {responses: {'200': 1, '201': {content: 3}, 4XX: {$ref: 9}}}\n  /y: []\ncomponents:\n  schemas:\n    A: 5\n    B: {properties: [1], items: 3, allOf: {}, enum: 4, required: 5}\n    C: {type: object, properties: {p: {$ref: []}}, example: {p: 1}}\n".into()),
        ("cyclic refs".into(), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://x'}]\npaths:\n  /x:\n    get:\n      operationId: get_x\n      parameters: [{$ref: '#/components/parameters/P'}]\n      requestBody: {$ref: '#/components/requestBodies/R'}\n      responses:\n        '200': {$ref: '#/components/responses/A'}\ncomponents:\n  parameters:\n    P: {$ref: '#/components/parameters/P'}\n  requestBodies:\n    R: {$ref: '#/components/requestBodies/S'}\n    S: {$ref: '#/components/requestBodies/R'}\n  responses:\n    A: {$ref: '#/components/responses/B'}\n    B: {$ref: '#/components/responses/A'}\n  schemas:\n    X: {$ref: '#/components/schemas/Y', example: 1}\n    Y: {allOf: [{$ref: '#/components/schemas/X'}], example: {a: 1}}\n    Z: {type: object, properties: {z: {$ref: '#/components/schemas/Z'}}, example: {z: {z: {z: null}}}}\n    W: {oneOf: [{$ref: '#/components/schemas/W'}, {$ref: '#/components/schemas/W'}], example: 1}\n".into()),
    ];
    for round in 0..8 {
        let garbage: String = (0..2000)
            .map(|_| char::from(rng.below(256) as u8))
            .collect();
        inputs.push((format!("garbage {round}"), garbage));
        let bytes: Vec<u8> = (0..2000).map(|_| rng.below(256) as u8).collect();
        inputs.push((
            format!("lossy garbage {round}"),
            String::from_utf8_lossy(&bytes).into_owned(),
        ));
    }
    for (name, text) in &inputs {
        let problems = catch_unwind(AssertUnwindSafe(|| lint_text("hostile.yaml", text)))
            .unwrap_or_else(|_| panic!("the lint panicked on {name}"));
        assert!(!problems.is_empty(), "no problem reported for {name}");
        for problem in &problems {
            assert!(!problem.message.is_empty(), "empty message for {name}");
        }
    }
    let deep = lint_text("x.yaml", &inputs[15].1);
    assert!(
        deep[0].message.starts_with("nesting too deep"),
        "{:?}",
        deep[0]
    );
    let huge = lint_text("x.yaml", &inputs[18].1);
    assert!(huge[0].message.contains("lint's limit"), "{:?}", huge[0]);
}

#[test]
fn deep_values_given_directly_are_reported() {
    let mut value = json!(1);
    for _ in 0..1000 {
        value = json!({ "a": [value] });
    }
    let doc = json!({"openapi": "3.0.3", "info": value});
    let problems = lint::lint_document("x.yaml", &doc);
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["x.yaml: nesting too deep (more than 256 levels): flatten the document"]
    );
    let problems = lint::lint_document("x.yaml", &json!([1, 2]));
    assert!(problems[0].message.contains("not a mapping"));
}

#[test]
fn unreadable_files_are_problems() {
    let dir = std::env::temp_dir().join(format!("trunkline-lint-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let binary = dir.join("binary.yaml");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x80, b'a', b':']).expect("write");
    let problems = lint::lint_file(&binary);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("not UTF-8"), "{problems:?}");
    let huge = dir.join("huge.yaml");
    std::fs::write(&huge, vec![b'#'; lint::MAX_FILE_BYTES + 10]).expect("write");
    let problems = lint::lint_file(&huge);
    assert!(problems[0].message.contains("lint's limit"), "{problems:?}");
    assert_eq!(
        lint::lint_file(&dir).len(),
        1,
        "a directory is a problem too"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

const TOKENS: &[&str] = &[
    ":",
    "- ",
    "{",
    "}",
    "[",
    "]",
    "&a ",
    "*a",
    "\n",
    "  ",
    "'",
    "\"",
    "#",
    "|",
    ">",
    "? ",
    "null",
    "~",
    "!!binary ",
    "<<: *a\n",
    "$ref: '#/components/schemas/Trunk'",
    "$ref: '#/components/schemas/Nope'",
    "type: array",
    "enum: [x]",
    "nullable: true",
    "x-trunkline-secret: true",
    "format: date-time",
    "example: 5",
    "'200':",
    "default:",
    "multipart/form-data:",
    "{trunk_id}",
    "in: path",
    "\u{0}",
    "é",
    "\t",
];

/// Byte flips, deletions, duplications, insertions and truncations of the good spec.
#[test]
fn fuzz_text_mutations_never_panic() {
    let original = fixture_text("good");
    let mut rng = Rng(0x00c0_ffee_d00d_f00d);
    for iteration in 0..400 {
        let mut bytes = original.clone().into_bytes();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(bytes.len() + 1);
            match rng.below(5) {
                0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
                1 => {
                    let end = (at + 1 + rng.below(40)).min(bytes.len());
                    bytes.drain(at.min(end)..end);
                }
                2 => {
                    let end = (at + 1 + rng.below(80)).min(bytes.len());
                    let copy = bytes[at.min(end)..end].to_vec();
                    let to = rng.below(bytes.len() + 1);
                    bytes.splice(to..to, copy);
                }
                3 => {
                    let token = TOKENS[rng.below(TOKENS.len())].as_bytes().to_vec();
                    bytes.splice(at..at, token);
                }
                _ => bytes.truncate(at),
            }
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let first = catch_unwind(AssertUnwindSafe(|| lint_text("fuzz.yaml", &text)))
            .unwrap_or_else(|_| panic!("the lint panicked on mutation {iteration}:\n{text}"));
        assert_eq!(
            first,
            lint_text("fuzz.yaml", &text),
            "not deterministic: {iteration}"
        );
    }
}

fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let token = key.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{at}/{token}"), out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
}

/// Replaces, removes and swaps subtrees of the good spec's JSON value.
#[test]
fn fuzz_structure_mutations_never_panic() {
    let original = lint::parse_spec("good.yaml", &fixture_text("good")).expect("parses");
    let palette = [
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(""),
        json!("x"),
        json!("#/components/schemas/Trunk"),
        json!([]),
        json!({}),
        json!([{}]),
        json!({"$ref": "#/components/schemas/Trunk"}),
        json!({"$ref": "#/components/schemas/TrunkList"}),
        json!({"$ref": "#/components/responses/Error"}),
        json!({"$ref": 5}),
        json!({"$ref": "#/components/schemas/Nope"}),
        json!({"type": "object", "properties": 7, "required": "x"}),
        json!({"type": "array", "items": {"$ref": "#/components/schemas/Trunk"}}),
        json!({"enum": [1, null], "nullable": "yes"}),
        json!({"oneOf": [{"$ref": "#/components/schemas/Trunk"}, {"type": "string"}]}),
        json!({"application/json": {}}),
        json!({"schema": {"type": "string"}, "example": [1, 2]}),
    ];
    let mut rng = Rng(0xfeed_face_dead_beef);
    for iteration in 0..400 {
        let mut doc = original.clone();
        for _ in 0..1 + rng.below(4) {
            let mut all = Vec::new();
            pointers(&doc, String::new(), &mut all);
            let target = all[rng.below(all.len())].clone();
            if target.is_empty() {
                continue;
            }
            match rng.below(3) {
                0 => {
                    if let Some(slot) = doc.pointer_mut(&target) {
                        *slot = palette[rng.below(palette.len())].clone();
                    }
                }
                1 => {
                    let (parent, key) = target.rsplit_once('/').unwrap_or(("", ""));
                    let key = key.replace("~1", "/").replace("~0", "~");
                    match doc.pointer_mut(parent) {
                        Some(Value::Object(map)) => {
                            map.remove(&key);
                        }
                        Some(Value::Array(items)) => {
                            if let Ok(index) = key.parse::<usize>()
                                && index < items.len()
                            {
                                items.remove(index);
                            }
                        }
                        _ => {}
                    }
                }
                _ => {
                    let other = all[rng.below(all.len())].clone();
                    if let Some(copy) = doc.pointer(&other).cloned()
                        && !other.starts_with(&target)
                        && let Some(slot) = doc.pointer_mut(&target)
                    {
                        *slot = copy;
                    }
                }
            }
        }
        let first = catch_unwind(AssertUnwindSafe(|| lint::lint_document("fuzz.yaml", &doc)))
            .unwrap_or_else(|_| {
                panic!("the lint panicked on structural mutation {iteration}: {doc}")
            });
        assert_eq!(
            first,
            lint::lint_document("fuzz.yaml", &doc),
            "not deterministic: {iteration}"
        );
    }
}
