package postgres

// MigrateTo and SchemaVersion let tests build a database of an older schema version.
var MigrateTo = migrateTo

// SchemaVersion is the version that Open brings a database to.
var SchemaVersion = len(migrations)
