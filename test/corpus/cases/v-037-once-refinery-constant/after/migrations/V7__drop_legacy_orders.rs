// Legacy orders moved to the archive service.
const DROP_LEGACY: &str = "DROP TABLE legacy_orders";

pub fn migration() -> String {
    DROP_LEGACY.to_string()
}
