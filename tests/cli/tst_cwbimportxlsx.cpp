// `cwb import` of a real ONS police force area workbook (.xlsx), end to end: detected as
// `ons.pfa`, the figures through `cwb series`, other forces reported as not imported; and a
// damaged workbook refused with exit status 3 and nothing written.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clitestkit.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using cwtest::CwbRun;
using cwtest::integer;
using cwtest::onlyReport;
using cwtest::runCwb;

class TestCwbImportXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nationalTable();
    void damagedWorkbook();
};

void TestCwbImportXlsx::nationalTable()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: the real ONS police force area tables cannot be imported");
    const QString file =
        data + u"/national/ons_pfa_tables_policeforceareatablesyearendingseptember2019.xlsx"_s;
    QVERIFY(QFile::exists(file));
    QTemporaryDir dir;
    const QString workspace = cwtest::createWorkspace(dir);

    const CwbRun run = runCwb({u"import"_s, workspace, file, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = onlyReport(run);
    QCOMPARE(report.value(u"status"_s).toString(), u"imported"_s);
    QCOMPARE(report.value(u"format"_s).toString(), u"ons.pfa"_s);
    // Tables P1 and P3 each list 55 areas (England and Wales, England, 9 regions, Wales and 43
    // forces), counted independently with Python:
    //   python3 -c "import zipfile,re,xml.etree.ElementTree as E
    //   z=zipfile.ZipFile(FILE); n='{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
    //   ss=[''.join(t.text or '' for t in si.iter(n+'t')) for si in
    //   E.fromstring(z.read('xl/sharedStrings.xml'))] print(sum(1 for c in
    //   E.fromstring(z.read('xl/worksheets/sheet2.xml')).iter(n+'c')
    //     if re.fullmatch(r'A\d+', c.get('r')) and c.get('t') == 's'
    //     and re.fullmatch(r'[EKW]\d{8}', ss[int(c.find(n+'v').text)].strip())))"   → 55 (sheet4: 55)
    // The workspace holds 6 of them.
    QCOMPARE(integer(report, "rows_read"), 110);
    QCOMPARE(integer(report, "rows_accepted"), 12);
    QCOMPARE(integer(report, "not_imported"), 98);
    QCOMPARE(integer(report, "rows_rejected"), 0);

    // unzip -p <file> xl/worksheets/sheet2.xml | grep -o '<c r="L44"[^/]*</v>' → 37879
    const auto robbery = cwtest::seriesValues(
        cwtest::series(workspace, {u"--indicator"_s, u"ons.pfa:Robbery"_s, u"--area"_s, u"E23000001"_s}));
    QCOMPARE(robbery.value(u"R12:2019-09"_s), 37879.0);
    // Table P3 column C (mid-2018 population), row 44: 8,899,400.
    const auto population = cwtest::seriesValues(
        cwtest::series(workspace, {u"--indicator"_s, u"ons.pfa:Population"_s, u"--area"_s, u"E23000001"_s}));
    QCOMPARE(population.value(u"2018"_s), 8899400.0);

    // The text summary says how many rows were for other areas.
    QTemporaryDir other;
    const QString second = cwtest::createWorkspace(other);
    const CwbRun text = runCwb({u"import"_s, second, file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(u"98 rows for other areas not imported"_s), qPrintable(text.outText()));
}

void TestCwbImportXlsx::damagedWorkbook()
{
    QTemporaryDir dir;
    const QString workspace = cwtest::createWorkspace(dir);
    const QString file =
        cwtest::fixture(dir, u"damaged.xlsx"_s, QByteArray("PK\x03\x04", 4) + QByteArray(512, 'z'));
    const CwbRun run = runCwb({u"import"_s, workspace, file, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject report = onlyReport(run);
    QCOMPARE(report.value(u"status"_s).toString(), u"rejected"_s);
    const QString message =
        report.value(u"errors"_s).toArray().at(0).toObject().value(u"message"_s).toString();
    QVERIFY2(message.startsWith(u"the file is not a readable XLSX workbook"_s), qPrintable(message));
    QCOMPARE(integer(cwtest::workspaceInfo(workspace), "observations"), 0);
    QCOMPARE(cwtest::batchList(workspace).size(), 0);
}

QTEST_GUILESS_MAIN(TestCwbImportXlsx)
#include "tst_cwbimportxlsx.moc"
