// The ONS police force area tables (`ons.pfa`): workbooks written here with libxlsxwriter in
// the layout of the published tables, and the six real published workbooks, all imported
// through ImportService (one transaction per file, vintages, nothing written on errors).
#include "ingest/adapters/onspfaadapter.h"
#include "services/importservice.h"
#include "storage/database.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

#include <functional>

using namespace cw;
using namespace Qt::StringLiterals;

class TestOnsPfa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void titlesAndFootnotes();
    void fixtureImports();
    void nonNumericCellRejectsRowNamingTheCell();
    void missingHeaderFailsTheFile();
    void titleWithoutPeriodFailsTheFile();
    void damagedWorkbooksWriteNothing();
    void formatMismatch();
    void realTables();

private:
    using Tweak = std::function<void(lxw_worksheet *p1, lxw_worksheet *p3)>;
    // A workbook laid out like the published tables (year ending September 2019): E&W 1,000
    // robberies, the Met 100, Cleveland (not a workspace area) 7, Greater Manchester "..".
    QString writeTables(const QString &name, const Tweak &tweak = {});
    std::optional<double> value(const QString &indicator, const QString &area, const QString &period) const;
    qint64 count(const char *table) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_counter = 0;
};

void TestOnsPfa::init()
{
    auto ws = Workspace::create(m_dir.filePath(u"o%1.cwb"_s.arg(++m_counter)));
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

void TestOnsPfa::cleanup()
{
    m_ws.reset();
}

QString TestOnsPfa::writeTables(const QString &name, const Tweak &tweak)
{
    const QString path = m_dir.filePath(name);
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *notes = workbook_add_worksheet(book, "Notes");
    worksheet_write_string(notes, 0, 0, "Police force area tables", nullptr);
    lxw_worksheet *p1 = workbook_add_worksheet(book, "Table P1 ");
    lxw_worksheet *p3 = workbook_add_worksheet(book, "Table P3");

    // Table P1: merged headings in row 4, names in row 5 (A5), "Numbers" in row 6.
    worksheet_write_string(p1, 0, 0,
                           "Table P1: Police recorded crime by offence group and police force area, English "
                           "regions and Wales, number of offences, year ending September 20191,2",
                           nullptr);
    worksheet_write_string(p1, 2, 0, "England and Wales", nullptr);
    worksheet_merge_range(p1, 3, 2, 4, 2, "Total recorded crime (excluding fraud3)", nullptr); // C4:C5
    worksheet_write_string(p1, 3, 4, "Victim-based crime", nullptr);                           // E4
    worksheet_write_string(p1, 4, 0, "Area Code", nullptr);
    worksheet_write_string(p1, 4, 1, "Area Name", nullptr);
    worksheet_write_string(p1, 4, 4, "Robbery", nullptr);               // E5
    worksheet_write_string(p1, 4, 5, "Residential burglary5", nullptr); // F5
    worksheet_write_string(p1, 5, 2, "Numbers", nullptr);
    const auto row = [](lxw_worksheet *sheet, int r, const char *code, const char *areaName,
                        std::initializer_list<std::pair<int, double>> numbers) {
        worksheet_write_string(sheet, lxw_row_t(r), 0, code, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 1, areaName, nullptr);
        for (const auto &[column, number] : numbers)
            worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(column), number, nullptr);
    };
    row(p1, 6, "K04000001", "ENGLAND AND WALES6,7", {{2, 50000}, {4, 1000}, {5, 2500}}); // row 7
    row(p1, 7, "E23000001", "Metropolitan Police", {{2, 9000}, {4, 100}, {5, 300}});     // row 8
    row(p1, 8, "E23000013", "Cleveland", {{2, 700}, {4, 7}, {5, 40}});                   // row 9
    row(p1, 9, "E23000005", "Greater Manchester7,8", {});                                // row 10
    for (int column : {2, 4, 5})
        worksheet_write_string(p1, 9, lxw_col_t(column), "..", nullptr);
    worksheet_write_string(
        p1, 11, 0, "1. Police recorded crime data are not designated as National Statistics.", nullptr);

    // Table P3: the population in column C.
    worksheet_write_string(p3, 0, 0,
                           "Table P3: Police recorded crime by offence group and police force area, rate of "
                           "offences, year ending September 20191,2",
                           nullptr);
    worksheet_write_string(p3, 4, 0, "Area Code", nullptr);
    worksheet_write_string(p3, 4, 1, "Area Name", nullptr);
    worksheet_write_string(p3, 4, 2, "Population figures\n (mid-2018)3  rounded to 100", nullptr);
    worksheet_write_string(p3, 4, 5, "Total recorded crime (excluding fraud5)", nullptr);
    row(p3, 6, "K04000001", "ENGLAND AND WALES9,10", {{2, 56303200}, {5, 88.8}});
    row(p3, 7, "E23000001", "Metropolitan Police", {{2, 8899400}, {5, 101.5}});
    row(p3, 8, "E23000013", "Cleveland", {{2, 567000}, {5, 120.1}});
    row(p3, 9, "E23000005", "Greater Manchester", {});
    worksheet_write_string(p3, 9, 2, "..", nullptr);

    if (tweak)
        tweak(p1, p3);
    if (workbook_close(book) != LXW_NO_ERROR)
        return {};
    return path;
}

std::optional<double> TestOnsPfa::value(const QString &indicator, const QString &area,
                                        const QString &period) const
{
    const auto points = m_ws->imports().series(indicator, area, period, period);
    if (!points.ok() || points->isEmpty())
        return std::nullopt;
    return points->constFirst().value;
}

qint64 TestOnsPfa::count(const char *table) const
{
    return m_ws->database().scalar(u"SELECT COUNT(*) FROM "_s + QLatin1String(table)).toLongLong();
}

void TestOnsPfa::titlesAndFootnotes()
{
    QCOMPARE(OnsPfaAdapter::yearEnding(u"…, number of offences, year ending September 20191,2"_s).key(),
             u"R12:2019-09"_s);
    QCOMPARE(OnsPfaAdapter::yearEnding(u"…, year ending June 181,2"_s).key(), u"R12:2018-06"_s);
    QCOMPARE(OnsPfaAdapter::yearEnding(u"…, year ending March 181,2,3"_s).key(), u"R12:2018-03"_s);
    QCOMPARE(OnsPfaAdapter::yearEnding(u"…, year ending December 2018"_s).key(), u"R12:2018-12"_s);
    QVERIFY(!OnsPfaAdapter::yearEnding(u"Table P1: Police recorded crime"_s).isValid());
    QVERIFY(!OnsPfaAdapter::yearEnding(u"year ending Smarch 2018"_s).isValid());
    QCOMPARE(OnsPfaAdapter::withoutFootnotes(u"Stalking and harassment4"_s), u"Stalking and harassment"_s);
    QCOMPARE(OnsPfaAdapter::withoutFootnotes(u"Total recorded crime (excluding fraud3)"_s),
             u"Total recorded crime (excluding fraud)"_s);
    QCOMPARE(OnsPfaAdapter::withoutFootnotes(u"ENGLAND AND WALES6,7"_s), u"ENGLAND AND WALES"_s);
    QCOMPARE(OnsPfaAdapter::withoutFootnotes(u"Death or serious injury - unlawful driving4 "_s),
             u"Death or serious injury - unlawful driving"_s);
}

void TestOnsPfa::fixtureImports()
{
    const QString path = writeTables(u"tables.xlsx"_s);
    QVERIFY(!path.isEmpty());
    const ImportReport report = m_ws->imports().importFile(path, {});
    QVERIFY2(report.status == ImportReport::Status::Imported, qPrintable(report.message));
    QCOMPARE(report.format, u"ons.pfa"_s);
    // P1: 4 area rows, P3: 4 area rows; Cleveland twice not imported (not a workspace area).
    QCOMPARE(report.rowsRead, 8);
    QCOMPARE(report.notImported, 2);
    QCOMPARE(report.rowsRejected, 0);
    QCOMPARE(report.rowsAccepted, 6);
    // E&W and the Met: 3 offence columns each; Greater Manchester ".." gives none; populations
    // for E&W and the Met: 3 + 3 + 2 = 8.
    QCOMPARE(report.observationsWritten, 8);
    QCOMPARE(value(u"ons.pfa:Robbery"_s, u"E23000001"_s, u"R12:2019-09"_s), 100.0);
    QCOMPARE(value(u"ons.pfa:Robbery"_s, u"K04000001"_s, u"R12:2019-09"_s), 1000.0);
    QCOMPARE(value(u"ons.pfa:Residential burglary"_s, u"E23000001"_s, u"R12:2019-09"_s), 300.0);
    QCOMPARE(value(u"ons.pfa:Total recorded crime (excluding fraud)"_s, u"K04000001"_s, u"R12:2019-09"_s),
             50000.0);
    QVERIFY(!value(u"ons.pfa:Robbery"_s, u"E23000005"_s, u"R12:2019-09"_s));
    QCOMPARE(value(u"ons.pfa:Population"_s, u"E23000001"_s, u"2018"_s), 8899400.0);
    const auto batch = m_ws->imports().batch(report.batchId);
    QVERIFY(batch.ok());
    QCOMPARE(batch->notImported(), 2);
    QCOMPARE(batch->sourceCode, u"ons.pfa"_s);
}

void TestOnsPfa::nonNumericCellRejectsRowNamingTheCell()
{
    const QString path = writeTables(u"bad.xlsx"_s, [](lxw_worksheet *p1, lxw_worksheet *) {
        worksheet_write_string(p1, 7, 5, "n/a", nullptr); // F8, the Met's residential burglary
    });
    const ImportReport report = m_ws->imports().importFile(path, {});
    QCOMPARE(report.status, ImportReport::Status::Rejected);
    QCOMPARE(report.rowsRejected, 1);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.constFirst().line, 8);
    QCOMPARE(report.errors.constFirst().column, 6);
    QCOMPARE(report.errors.constFirst().message, u"sheet \"Table P1\", cell F8: \"n/a\" is not a number."_s);
    QCOMPARE(count("observation"), 0);
    QCOMPARE(count("import_batch"), 0);

    // With --skip-invalid the Met's P1 row is left out and listed; the rest is imported.
    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportReport skipped = m_ws->imports().importFile(path, skip);
    QCOMPARE(skipped.status, ImportReport::Status::Imported);
    QVERIFY(!value(u"ons.pfa:Robbery"_s, u"E23000001"_s, u"R12:2019-09"_s));
    QCOMPARE(value(u"ons.pfa:Robbery"_s, u"K04000001"_s, u"R12:2019-09"_s), 1000.0);

    // A fraction and a negative count are not counts either.
    const QString fraction = writeTables(u"fraction.xlsx"_s, [](lxw_worksheet *p1, lxw_worksheet *) {
        worksheet_write_number(p1, 6, 4, 12.5, nullptr); // E7
        worksheet_write_number(p1, 7, 4, -3, nullptr);   // E8
    });
    const ImportReport fractionReport = m_ws->imports().importFile(fraction, {});
    QCOMPARE(fractionReport.status, ImportReport::Status::Rejected);
    QCOMPARE(fractionReport.errors.size(), 2);
    QCOMPARE(fractionReport.errors.at(0).message,
             u"sheet \"Table P1\", cell E7: 12.5 is not a whole number of 0 or more."_s);
    QCOMPARE(fractionReport.errors.at(1).message,
             u"sheet \"Table P1\", cell E8: -3 is not a whole number of 0 or more."_s);
}

void TestOnsPfa::missingHeaderFailsTheFile()
{
    const QString path = writeTables(u"noheader.xlsx"_s, [](lxw_worksheet *, lxw_worksheet *p3) {
        worksheet_write_string(p3, 4, 0, "Code", nullptr);
    });
    const ImportReport report = m_ws->imports().importFile(path, {});
    QCOMPARE(report.status, ImportReport::Status::Rejected);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(
        report.errors.constFirst().message,
        u"sheet \"Table P3\": no header row (a row starting \"Area Code\", \"Area Name\") in the first 20 rows."_s);
    QCOMPARE(count("observation"), 0);
    QCOMPARE(count("import_batch"), 0);
}

void TestOnsPfa::titleWithoutPeriodFailsTheFile()
{
    const QString path = writeTables(u"notitle.xlsx"_s, [](lxw_worksheet *p1, lxw_worksheet *) {
        worksheet_write_string(p1, 0, 0, "Table P1: Police recorded crime by police force area, latest year",
                               nullptr);
    });
    const ImportReport report = m_ws->imports().importFile(path, {});
    QCOMPARE(report.status, ImportReport::Status::Rejected);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.constFirst().line, 1);
    QCOMPARE(report.errors.constFirst().column, 1);
    QVERIFY2(report.errors.constFirst().message.startsWith(
                 u"sheet \"Table P1\", cell A1: the title does not say"_s),
             qPrintable(report.errors.constFirst().message));

    // P3 for another period than P1.
    const QString other = writeTables(u"otherperiod.xlsx"_s, [](lxw_worksheet *, lxw_worksheet *p3) {
        worksheet_write_string(p3, 0, 0, "Table P3: police force area, year ending June 2019", nullptr);
    });
    const ImportReport mismatch = m_ws->imports().importFile(other, {});
    QCOMPARE(mismatch.status, ImportReport::Status::Rejected);
    QVERIFY2(mismatch.errors.constFirst().message.contains(u"12 months to June 2019"_s),
             qPrintable(mismatch.errors.constFirst().message));
    QCOMPARE(count("observation"), 0);
}

void TestOnsPfa::damagedWorkbooksWriteNothing()
{
    const QString good = writeTables(u"good.xlsx"_s);
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile out(m_dir.filePath(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(content);
        return out.fileName();
    };
    const QString truncated = write(u"truncated.xlsx"_s, bytes.left(bytes.size() - 200));
    const ImportReport report = m_ws->imports().importFile(truncated, {});
    QCOMPARE(report.status, ImportReport::Status::Rejected);
    QVERIFY2(report.errors.constFirst().message.startsWith(
                 u"the file is not a readable XLSX workbook (its zip archive is truncated or damaged"_s),
             qPrintable(report.errors.constFirst().message));

    // Table P1's compressed data (just after its local header's file name) overwritten.
    QByteArray damaged = bytes;
    const qsizetype member = damaged.indexOf("xl/worksheets/sheet2.xml");
    QVERIFY(member > 0);
    for (qsizetype i = member + 40; i < member + 140; ++i)
        damaged[i] = char(damaged[i] ^ 0x5a);
    const ImportReport corrupt = m_ws->imports().importFile(write(u"corrupt.xlsx"_s, damaged), {});
    QCOMPARE(corrupt.status, ImportReport::Status::Rejected);
    QVERIFY2(corrupt.errors.constFirst().message.startsWith(u"the part xl/worksheets/sheet2.xml"_s),
             qPrintable(corrupt.errors.constFirst().message));
    QCOMPARE(count("observation"), 0);
    QCOMPARE(count("import_batch"), 0);
}

void TestOnsPfa::formatMismatch()
{
    const QString workbook = writeTables(u"tables.xlsx"_s);
    ImportOptions tidy;
    tidy.format = u"tidy"_s;
    const ImportReport asCsv = m_ws->imports().importFile(workbook, tidy);
    QCOMPARE(asCsv.status, ImportReport::Status::Rejected);
    QCOMPARE(asCsv.errors.constFirst().message,
             u"The file is a spreadsheet workbook (.xlsx), but the format \"tidy\" reads CSV files."_s);

    QFile csv(m_dir.filePath(u"figures.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("indicator,area,period,value\nons.pfa:Robbery,E23000001,R12:2019-09,1\n");
    csv.close();
    ImportOptions ons;
    ons.format = u"ons.pfa"_s;
    const ImportReport asWorkbook = m_ws->imports().importFile(csv.fileName(), ons);
    QCOMPARE(asWorkbook.status, ImportReport::Status::Rejected);
    QCOMPARE(asWorkbook.errors.constFirst().message,
             u"The format \"ons.pfa\" reads spreadsheet workbooks (.xlsx); this file is not one."_s);
    QCOMPARE(count("observation"), 0);
}

void TestOnsPfa::realTables()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: the real ONS police force area tables cannot be read.");
    const QDir national(data + u"/national"_s);
    const QStringList files = national.entryList({u"*.xlsx"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 6);
    for (const QString &file : files) {
        const ImportReport report = m_ws->imports().importFile(national.filePath(file), {});
        QVERIFY2(report.status == ImportReport::Status::Imported,
                 qPrintable(file + u": "_s + report.message));
        QCOMPARE(report.format, u"ons.pfa"_s);
        QCOMPARE(report.rowsRejected, 0);
        // Six workspace areas in each of P1 and P3 (E&W, the Met, City of London Police and
        // the three most similar forces); every other row (43 forces less 5, England, the
        // regions, Wales: 49 rows in each sheet) is not imported.
        QCOMPARE(report.rowsAccepted, 12);
        QCOMPARE(report.notImported, report.rowsRead - 12);
    }
    // Expected values read independently of the Workbench, e.g. for September 2019:
    //   cd ../shared/data/national; f=ons_pfa_tables_policeforceareatablesyearendingseptember2019.xlsx
    //   unzip -p $f xl/worksheets/sheet2.xml | grep -o '<c r="L44"[^/]*</v>'
    //   → 37879 (sheet2 = Table P1, column L = Robbery, row 44 = E23000001)
    // and with Python (zipfile + xml.etree, shared strings resolved): Table P1, column
    // "Robbery", rows E23000001 and K04000001:
    //   year ending September 2019: Met 37,879, England and Wales 82,542 (excluding GMP: "..")
    //   year ending September 2018: Met 33,174, England and Wales 80,947; GMP 7,497
    QCOMPARE(value(u"ons.pfa:Robbery"_s, u"E23000001"_s, u"R12:2019-09"_s), 37879.0);
    QCOMPARE(value(u"ons.pfa:Robbery"_s, u"K04000001"_s, u"R12:2019-09"_s), 82542.0);
    QCOMPARE(value(u"ons.pfa:Robbery"_s, u"E23000001"_s, u"R12:2018-09"_s), 33174.0);
    QCOMPARE(value(u"ons.pfa:Robbery"_s, u"K04000001"_s, u"R12:2018-09"_s), 80947.0);
    QCOMPARE(value(u"ons.pfa:Robbery"_s, u"E23000005"_s, u"R12:2018-09"_s), 7497.0);
    QVERIFY(!value(u"ons.pfa:Robbery"_s, u"E23000005"_s, u"R12:2019-09"_s));
    // Table P3, column C "Population figures (mid-2018)": Met 8,899,400.
    QCOMPARE(value(u"ons.pfa:Population"_s, u"E23000001"_s, u"2018"_s), 8899400.0);
    // Table P1 column C, the merged "Total recorded crime (excluding fraud3)": Met 903,466.
    QCOMPARE(value(u"ons.pfa:Total recorded crime (excluding fraud)"_s, u"E23000001"_s, u"R12:2019-09"_s),
             903466.0);
    // Six quarters of Met robbery: YE Mar 2018 … Mar 2019, Sep 2019 (no Jun 2019 table).
    const auto series = m_ws->imports().series(u"ons.pfa:Robbery"_s, u"E23000001"_s);
    QVERIFY(series.ok());
    QCOMPARE(series->size(), 6);

    // The same file again changes nothing.
    const ImportReport again = m_ws->imports().importFile(national.filePath(files.constFirst()), {});
    QCOMPARE(again.status, ImportReport::Status::Unchanged);
}

QTEST_GUILESS_MAIN(TestOnsPfa)
#include "tst_onspfa.moc"
