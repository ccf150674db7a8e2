// The DuckDB peer of bench/import-bench (npm @duckdb/node-api): crimes by month, borough and
// crime type, with the borough as pandas-aggregate.py defines it. Prints the number of groups
// and the number of crimes counted.
//
// usage: node duckdb-aggregate.cjs FILE BOROUGHS NODE_MODULES_PREFIX
'use strict';

const fs = require('fs');

async function main() {
    const [file, boroughsFile, prefix] = process.argv.slice(2);
    const { DuckDBInstance } = require(require.resolve('@duckdb/node-api', { paths: [prefix] }));
    const boroughs = fs.readFileSync(boroughsFile, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
    const quote = (text) => "'" + text.replaceAll("'", "''") + "'";
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const sql = `
        WITH street AS (
            SELECT "Month" AS month, "Crime type" AS crime_type,
                   regexp_extract(coalesce("LSOA name", ''), '^(.*) [^ ]*$', 1) AS prefix
            FROM read_csv(${quote(file)}, header = true, all_varchar = true)
        ), grouped AS (
            SELECT month,
                   CASE WHEN prefix IN (${boroughs.map(quote).join(', ')}) THEN prefix ELSE 'unallocated' END
                       AS borough,
                   crime_type, COUNT(*) AS crimes
            FROM street GROUP BY ALL
        )
        SELECT COUNT(*)::BIGINT AS groups, SUM(crimes)::BIGINT AS crimes FROM grouped`;
    const reader = await connection.runAndReadAll(sql);
    const [groups, crimes] = reader.getRows()[0];
    console.log(`groups ${groups} crimes ${crimes}`);
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
