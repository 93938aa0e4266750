//! The committed JSON Schema is the one the document types derive today, like generated code:
//! regenerate with `cargo run -p trunkline-cli -- schema > schema/trunkline-desired.schema.json`.

use std::path::PathBuf;

#[test]
fn the_committed_schema_is_fresh() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(trunkline::desired::SCHEMA_PATH);
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let fresh = trunkline::desired::schema_json();
    assert!(
        committed == fresh,
        "{} is stale: regenerate it with `cargo run -p trunkline-cli -- schema > {}`",
        trunkline::desired::SCHEMA_PATH,
        trunkline::desired::SCHEMA_PATH
    );
}

#[test]
fn the_schema_describes_every_key_from_the_doc_comments() {
    let schema = trunkline::desired::schema();
    let trunk = &schema["$defs"]["DesiredTrunk"];
    assert_eq!(trunk["additionalProperties"], false);
    let owns = schema["$defs"]["Carrier"]["properties"]["owns"]["description"]
        .as_str()
        .unwrap();
    assert!(
        owns.contains("only trunks whose names match")
            || owns.contains("Only trunks whose names match"),
        "{owns}"
    );
    // Every property of every definition has a description.
    for (name, def) in schema["$defs"].as_object().unwrap() {
        for (key, property) in def["properties"].as_object().into_iter().flatten() {
            assert!(
                property.get("description").is_some(),
                "{name}.{key} has no description"
            );
        }
    }
    // The binary prints the same schema.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_trunkline"))
        .arg("schema")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        trunkline::desired::schema_json()
    );
}
