<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnalysisService</name>
    <message>
        <source>The data for %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDetails</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: made-up figures for demonstration, not published police data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, made by the Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1; accepted: %2; skipped as invalid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1; of which revised an earlier value: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate records dropped: %1; rows placed in no borough (unallocated): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows left out are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Illustrative demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up figures for demonstration; not published police data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows left out because the file was imported with “skip invalid rows”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (indicator × area × period) this batch wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures that differed from what was current: each became a new vintage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated records (the same crime ID) counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that could not be placed in a borough; they count in the force total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRemoveCommand</name>
    <message>
        <source>Remove an import batch, restoring the values that were current before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s observations and its report go in one transaction; where the batch revised a value, the earlier vintage becomes current again. ID is a number from &apos;cwb batches&apos;. This cannot be undone, but the file can be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed batch %1 (%2, %3 observations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
    <message>
        <source>List the import batches with what each brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwb: %1 has no import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help&apos; for a list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or the help for one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge Workbench on the command line: workspaces, plans, imports and scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON goes to standard output, messages to standard error. Exit status: 0 success, 1 failure, 2 usage error, 3 input file rejected as invalid (nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Cannot open workspace %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file (the file may be truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record is longer than %1 bytes; this is not a file the Workbench can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record contains a NUL byte (the file may be binary or UTF-16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (byte 0x%1); save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not prepare a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace refused a change or a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace did not report the id of a new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction is already open on this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not save the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file becomes one batch. A file is imported whole or not at all, and a file imported before is recognised and left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows of a file that has some invalid ones, and list the rows left out in the batch&apos;s report. When this is off, a file with any invalid row is rejected and nothing from it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published data (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import published data files into a workspace, one batch per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is read and checked in full, then written in one transaction: a file with an invalid row is rejected and nothing of it is written (unless --skip-invalid), and a file already imported byte for byte is left as it was. Values that differ from the current ones become a new vintage; earlier vintages stay available (see &apos;cwb series --batch&apos;). The format is detected from the header unless --format is given.

Formats: %1

Problems are listed on standard error as FILE:LINE:COLUMN: message. Exit status: 0 every file imported or unchanged, 3 a file was rejected as invalid, 1 an import failed or was cancelled (Ctrl+C), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the files as this format instead of detecting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and list the invalid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a JSON report per file to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known formats: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revised</source>
        <extracomment>values that differed from the current ones and became a new vintage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duplicate dropped</source>
        <extracomment>repeated rows (the same police.uk Crime ID) counted once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 as batch %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invalid row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged %1: already imported as batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged %1: nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected %1: %2, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invalid row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled %1: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more problems not shown (use --json to list them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format was not recognised from the header (%1). Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no format called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n invalid row(s) and was not imported; nothing was written. Fix the rows, or choose to skip invalid rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already imported as batch %2 (identical file); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to the workspace; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import batches could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 could not be removed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>Not imported: the import was cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import published data files into this workspace (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected batch: the values it brought in revert to what was current before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the published files the measures are built from: London Datastore borough crime, police.uk street-level crime, Public Attitude Survey extracts, MPS dashboard extracts, or a tidy CSV. Each file becomes one batch that you can inspect and remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove batch %1, “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures it brought in are taken out of the workspace. Where it revised figures that were already there, the values that were current before it was imported become current again. You can import the file again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a workspace&apos;s schema version and what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (illustrative, not real figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new workspace file with the reference areas and built-in plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add illustrative demo data (not real figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 (demo data: illustrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Challenge Workbench workspaces (*.cwb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boroughs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borough views are not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and scrutiny packs are not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge actions are not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is one file that holds the plans, the imported data and your meetings. Create a new one or open one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures in this workspace are made up for demonstration. They are not published police data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Challenge Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 no longer exists. It has been removed from the list of recent workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the recent workspaces: the file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 recent workspaces whose files no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Challenge Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Challenge Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Challenge Workbench %1&lt;/h3&gt;&lt;p&gt;For the Mayor&apos;s Office for Policing and Crime: keeps the Police and Crime Plan&apos;s measures, the evidence behind them and the challenge put to the Metropolitan Police Service in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureCommand</name>
    <message>
        <source>Show one measure&apos;s series with its trajectory, control limits and signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE is the measure&apos;s code in the plan, e.g. ROBBERY. Monthly counts are listed by month with the rolling 12 months ending there (the scorecard grain) beside them; other measures as published. The control chart is an XmR chart over the months for monthly counts and over the published points otherwise, with a new phase at each series break; signals are a point beyond a limit, a shift (7 on one side of the mean), a trend (7 rising or falling) and two of three beyond a near limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE needs a measure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no measure %2 (measures: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1   Target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024/25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target v&amp;alue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;written in the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula, series breaks and published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a month as YYYY-MM, for example 2029-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a period such as 2024/25 (financial year), 2024-01 (month), 2024-Q1 (quarter) or 2024 (calendar year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, for example 1,234.5, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureExplorer</name>
    <message>
        <source>No measure selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart of monthly values, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Plan published no baseline value: it is computed from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows rolling 12-month totals: monthly crime is seasonal, so single months are not compared with each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureReferenceView</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio: numerator indicators over denominator indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion published by the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series breaks recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MpsBoroughAdapter</name>
    <message>
        <source>MPS borough level crime (London Datastore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS borough level crime, old categories (London Datastore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with the columns %1 and at least one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not a month (expected YYYYMM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month column &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no borough the Metropolitan Police polices: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a duplicate of an earlier row for the same borough and category with a different value (%2 here, %3 before).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MpsDashboardAdapter</name>
    <message>
        <source>MPS monthly crime dashboard (London Datastore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;month_year&quot; is not the first day of a month (expected e.g. 2022-03-01T00:00:00.000Z): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;area_code&quot; and &quot;area_name&quot; name no borough the Metropolitan Police polices: &quot;%1&quot;, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;count&quot; is not a whole number of 0 or more: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;count&quot; is a duplicate of an earlier row for the same borough, subtype, measure and month with a different value (%1 here, %2 before).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasAdapter</name>
    <message>
        <source>MOPAC Public Attitude Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with the columns Date, Survey, Borough, Measure, Proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Date&quot; is not the last day of a quarter (expected d/M/yyyy, e.g. 31/12/2014): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Borough&quot; names no borough the Workbench knows: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Measure&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proportion between 0 and 1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a duplicate of an earlier row for the same area, measure and date with a different value (%2 here, %3 before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from &quot;Proportion&quot; for the same area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerformanceCommand</name>
    <message>
        <source>Write the time the computation took to standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s code (default: the newest built-in plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore data after this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s GSS code (default %1, the Metropolitan Police force area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of &apos;%1&apos; is not a month (e.g. 2025-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan needs a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area needs a GSS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plan %2 (plans: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBrowser</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a priority to the selected plan (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure to the selected priority (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected priority or measure (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy plan to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an editable copy of the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a built-in plan and cannot be edited. Copy it to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy plan to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the priority “%1” and its measure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the priority “%1” and its %2 measures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Built-in plan (read-only): copy it to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, priority or measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>The plans could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in plans cannot be edited. Copy the plan to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline period &quot;%1&quot; is not a period (use e.g. 2024-01, 2024-Q1, 2024/25, 2024 or R12:2024-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date &quot;%1&quot; is not a period (use a month such as 2029-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline, target and tolerance must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of target needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another measure in this plan already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in plans could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs a code and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plan, a priority or a measure in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a measure to see and edit its definition, baseline and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in plan: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aims:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>List the plans with their priorities, measures and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1 (not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceUkOutcomesAdapter</name>
    <message>
        <source>police.uk outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Month&quot; is not a month (expected YYYY-MM): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Outcome type&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Falls within&quot; names a force the Workbench does not know: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceUkSearchAdapter</name>
    <message>
        <source>police.uk stop and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone Europe/London is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop-and-search files do not name their police force; it is taken from the file name as police.uk gives it (e.g. &quot;2023-01-metropolitan-stop-and-search.csv&quot;), but &quot;%1&quot; names no force the Workbench knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Date&quot; is not a date and time (expected e.g. 2023-01-01T00:12:00+00:00): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceUkStreetAdapter</name>
    <message>
        <source>police.uk street-level crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Month&quot; is not a month (expected YYYY-MM): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Crime type&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Falls within&quot; names a force the Workbench does not know: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are read and checked; nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem rows will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files ready to import: %1. Files that will be rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still being read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems not listed here: %1 (only the first %2 are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in a format the Workbench reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported, whatever you choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows: %1. This file will be rejected and nothing from it written, unless you go back and tick “Skip invalid rows”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows: %1. They will be left out and listed in the batch&apos;s report; the other %2 rows will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: this file is ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 (%2). Size: %3. Rows read: %4; invalid: %5; duplicates dropped: %6; unallocated: %7. Figures: %8 (indicators: %9, areas: %10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contents (first %1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1; accepted: %2; skipped: %3. Figures written: %4; revised: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first problem, at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is written in one step: a file cancelled or rejected part way writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of the files you chose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the file being read is abandoned and nothing from it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Imported: %1. Unchanged (imported before): %2. Rejected: %3. Cancelled: %4. Failed: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardCommand</name>
    <message>
        <source>Show a plan&apos;s measures with their latest values, targets and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly counts are shown as rolling 12 months; survey measures as published. The status compares the latest value with the trajectory from the baseline to the target: on track, at risk (worse, but within normal variation), off track, no target or insufficient data. The change flag tests the latest 12 months against the 12 before. With --as-of, data after that month is ignored, as if the scorecard were drawn up then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* baseline computed from the data (the Plan published none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Plan published no baseline value: computed from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline as published in the Plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the trajectory is for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Officer judgement: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardService</name>
    <message>
        <source>There is no plan %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no measure %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardTabs</name>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baselines in italics are computed from the data: the Plan published none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message>
        <source>Show an indicator&apos;s values for one area, now or as at an earlier batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator keys are those the importers write, e.g. &apos;policeuk.street:Burglary&apos;. Periods are keys such as 2024-01, 2024-Q1, 2024/25 or R12:2024-09. With --batch, each value is the one that was current when that batch was the newest, so that what an earlier meeting saw can be reproduced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s GSS code (default %1, the Metropolitan Police force area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first period to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last period to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the series as it stood when this batch was the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--indicator needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a period (e.g. 2024-01, 2024-Q1, 2024/25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch &apos;%1&apos; is not a batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwb: no values for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDetails</name>
    <message>
        <source>%1 (concern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (improvement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a measure to see every part of its status and the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer judgement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (calculated: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trajectory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart of monthly values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TidyAdapter</name>
    <message>
        <source>Tidy CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;indicator&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;indicator&quot; has spaces at the start or end: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;indicator&quot; must be written source:category (e.g. ons.pfa:Burglary): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;area&quot; is neither a GSS code nor the name of an area the Workbench knows: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;period&quot; is not a period (expected e.g. 2024-01, 2024-Q1, 2024/25, 2024 or R12:2024-09): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unit&quot; is not one of %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unit&quot; is %1, but an earlier row gave %2 for the indicator &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is not a number (digits with an optional &apos;.&apos;): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is a count and cannot be negative: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is a percentage, written as a proportion between 0 and 1 (0.56 for 56%): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;denominator&quot; is not a number of 0 or more: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sample_size&quot; is not a whole number of 0 or more: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is a duplicate of an earlier row for the same indicator, area and period with a different value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open the existing workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace summary could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Challenge Workbench workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it fails the database integrity check. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Challenge Workbench workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace: it is damaged or not a workspace. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Challenge Workbench (workspace format %2; this version reads up to %3). Update the Workbench to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete Challenge Workbench workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw</name>
    <message>
        <source>two-proportion z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significance test applies to this kind of measure; see the control chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value a year earlier to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparator figures (England and Wales, most similar forces) are not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ChangeFlag</name>
    <message>
        <source>Significant improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CliApp</name>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ControlChart</name>
    <message>
        <source>Insufficient points for control limits (%1 of %2); direction of travel shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point beyond a control limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of points on one side of the centre line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of points rising or falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of three points beyond the near limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will consistently pass the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will consistently fail the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit or miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CopyPlanCommand</name>
    <message>
        <source>Copy plan as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CountChange</name>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no events in either period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poisson z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact binomial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EditMeasureCommand</name>
    <message>
        <source>Edit measure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Enums</name>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per 1,000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In line with comparators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Forecast</name>
    <message>
        <source>Forecasts need monthly periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is not after the forecast origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few months before the origin for a seasonal forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some month of the year has no data before the origin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertMeasureCommand</name>
    <message>
        <source>Add measure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertPriorityCommand</name>
    <message>
        <source>Add priority %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MeasureCharts</name>
    <message>
        <source>Rolling 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MeasureFormat</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Migrator</name>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ObservationRepository</name>
    <message>
        <source>Unknown area code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Period</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A month period, e.g. &quot;January 2024&quot;. %1 is the month name, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter, e.g. &quot;Q1 2024&quot;. %1 is the quarter number, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months to %1 %2</source>
        <extracomment>A rolling year, e.g. &quot;12 months to September 2024&quot;. %1 is the month name, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Proportion</name>
    <message>
        <source>The periods overlap and share interviews, so they are not tested against each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base is below %1, so the change is not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base is below %1, so the gap is not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the gaps could not be estimated, so its change is not tested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RemoveMeasureCommand</name>
    <message>
        <source>Remove measure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RemovePriorityCommand</name>
    <message>
        <source>Remove priority %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::TerminalProgress</name>
    <message>
        <source>Reading %1: %2%</source>
        <extracomment>Progress on a terminal while a file is read; %1 is the file, %2 the percentage done</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Trajectory</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor only: no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged against comparators: no trajectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is not after the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for the latest period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest period is before the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure has no polarity, so better and worse are undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better than trajectory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the trajectory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a concern signal is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than trajectory by %1 (%2); no measure of normal variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than trajectory by %1 (%2), within normal variation but with a concern signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than trajectory by %1, but within normal variation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than trajectory by %1, outside normal variation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge Workbench: the Police and Crime Plan, the evidence and the challenge to the Metropolitan Police Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file (.cwb) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the measure with code &lt;code&gt; in the plan browser (with --page scorecard: open it in the measure explorer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --select-measure: look in the plan with code &lt;code&gt; only. With --page scorecard: show that plan&apos;s scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page &lt;name&gt;: plans, scorecard, boroughs, meetings, actions or imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the import wizard on &lt;file&gt; at its preview page (with --screenshot: the picture is of the wizard once the file has been read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure with code %1 on the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
