<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>Challenge Workbench on the command line: workspaces, plans and measures.</source>
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
        <source>JSON goes to standard output, messages to standard error. Exit status: 0 success, 1 failure, 2 usage error.</source>
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
        <source>The scorecard is not available in this version yet.</source>
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
        <source>Importing data is not available in this version yet.</source>
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
    <name>cw::CliApp</name>
    <message>
        <source>Show this help</source>
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
    <name>cw::Migrator</name>
    <message>
        <source>Migration %1 is missing.</source>
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
        <source>Select the measure with code &lt;code&gt; in the plan browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --select-measure: look in the plan with code &lt;code&gt; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
