export { newId } from "./ids";
export { parseDatabaseUrl, DEFAULT_SQLITE_FILE, type DatabaseTarget } from "./config";
export { openDatabase, openSqlite, openPostgres, migrationsRoot, type Database, type Executor, type OpenOptions } from "./database";
export { constraintViolation, type ConstraintViolation } from "./errors";
export { hotQuery } from "./hot-query";
export { pgSchema, sqliteSchema, type Schema } from "./schema";
