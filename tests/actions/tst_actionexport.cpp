// The action log exports: CSV (BOM, CRLF, RFC 4180 quoting, formula injection neutralised) and
// XLSX (read back by unzipping with the `unzip` tool and parsing the sheet XML).
#include "actiontestdata.h"

#include "report/actionlogcsv.h"
#include "report/actionlogtable.h"
#include "report/actionlogxlsx.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QXmlStreamReader>

using namespace cw;

class TestActionExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralisesFormulaInjection_data();
    void neutralisesFormulaInjection();
    void quotesAsRfc4180();
    void writesExcelCsv();
    void writesReadableXlsx();
};

namespace {

Action sampleAction()
{
    Action a;
    a.reference = QStringLiteral("LPB-2025-001");
    a.title = QStringLiteral("=HYPERLINK(\"http://x\",\"click\")");
    a.detail = QStringLiteral("Line one\nline two, with \"quotes\"");
    a.meetingTitle = QStringLiteral("Board");
    a.meetingStartsAt = QDateTime(QDate(2025, 1, 15), QTime(10, 0), QTimeZone::utc());
    a.owner = {QStringLiteral("MPS"), QStringLiteral("-Commander")};
    a.mopacLead = QStringLiteral("@lead");
    a.dueDate = QDate(2025, 3, 31);
    a.status = ActionStatus::InProgress;
    a.latestUpdate = QStringLiteral("+44 20 7946 0000 called");
    a.latestUpdateOn = QDate(2025, 3, 1);
    a.followUpCount = 2;
    return a;
}

// Runs `unzip -p FILE MEMBER`; empty when it fails.
QByteArray unzipMember(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

struct Cell
{
    QString type; // the t attribute: "s" shared string, "str", "n"/empty number, …
    QString value;
    bool formula = false;
};

// The cells of a worksheet by reference ("A1"), shared strings resolved.
QHash<QString, Cell> readSheet(const QByteArray &sheetXml, const QByteArray &sharedXml)
{
    QStringList shared;
    QXmlStreamReader s(sharedXml);
    QString current;
    bool inSi = false;
    while (!s.atEnd()) {
        s.readNext();
        if (s.isStartElement() && s.name() == u"si") {
            inSi = true;
            current.clear();
        } else if (s.isStartElement() && s.name() == u"t" && inSi) {
            current += s.readElementText();
        } else if (s.isEndElement() && s.name() == u"si") {
            shared.append(current);
            inSi = false;
        }
    }
    QHash<QString, Cell> cells;
    QXmlStreamReader x(sheetXml);
    QString ref;
    Cell cell;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == u"c") {
            ref = x.attributes().value(QLatin1String("r")).toString();
            cell = Cell{x.attributes().value(QLatin1String("t")).toString(), {}, false};
        } else if (x.isStartElement() && x.name() == u"f") {
            cell.formula = true;
        } else if (x.isStartElement() && x.name() == u"v") {
            const QString v = x.readElementText();
            cell.value = cell.type == u"s" ? shared.value(v.toInt()) : v;
        } else if (x.isEndElement() && x.name() == u"c") {
            cells.insert(ref, cell);
        }
    }
    return cells;
}

} // namespace

void TestActionExport::neutralisesFormulaInjection_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+44 20") << QStringLiteral("'+44 20");
    QTest::newRow("minus") << QStringLiteral("-3") << QStringLiteral("'-3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("empty") << QString() << QString();
}

void TestActionExport::neutralisesFormulaInjection()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(ActionLogCsvWriter::neutralise(cell), expected);
}

void TestActionExport::quotesAsRfc4180()
{
    QCOMPARE(ActionLogCsvWriter::quote(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(ActionLogCsvWriter::quote(QStringLiteral("say \"hi\", ok")),
             QStringLiteral("\"say \"\"hi\"\", ok\""));
    QCOMPARE(ActionLogCsvWriter::quote(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    // Neutralised first, then quoted because of the carriage return.
    QCOMPARE(ActionLogCsvWriter::quote(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    QCOMPARE(ActionLogCsvWriter::quote(QStringLiteral("=A1,B1")), QStringLiteral("\"'=A1,B1\""));
}

void TestActionExport::writesExcelCsv()
{
    const QByteArray csv = ActionLogCsvWriter::toCsv({sampleAction()}, QDate(2025, 4, 10));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3); // header, one row, the empty remainder after the last CRLF
    QCOMPARE(lines.at(0), actionLogHeaders().join(QLatin1Char(',')));
    // Overdue on 10 April: due 31 March → 10 days.
    const QString expected = QStringLiteral(
        "LPB-2025-001,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",\"Line one\nline two, with "
        "\"\"quotes\"\"\","
        "Board,2025-01-15,MPS,'-Commander,'@lead,2025-03-31,Medium,In progress,Yes,10,,,2025-03-01,"
        "'+44 20 7946 0000 called,2");
    QCOMPARE(lines.at(1), expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    QVERIFY(ActionLogCsvWriter::writeFile(path, {sampleAction()}, QDate(2025, 4, 10)).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csv);
    QVERIFY(
        !ActionLogCsvWriter::writeFile(dir.filePath(QStringLiteral("missing/log.csv")), {}, QDate()).ok());
}

void TestActionExport::writesReadableXlsx()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("the unzip tool is not installed (Debian package unzip); cannot read the workbook back");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.xlsx"));
    Action closed = sampleAction();
    closed.reference = QStringLiteral("LPB-2025-002");
    closed.title = QStringLiteral("Closed one");
    closed.status = ActionStatus::Closed;
    const auto written = ActionLogXlsxWriter::writeFile(path, {sampleAction(), closed}, QDate(2025, 4, 10));
    QVERIFY2(written.ok(), why(written).constData());
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    const QByteArray sheet = unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QByteArray shared = unzipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(!sheet.isEmpty());
    QVERIFY(!shared.isEmpty());
    const QHash<QString, Cell> cells = readSheet(sheet, shared);
    QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("Reference"));
    QCOMPARE(cells.value(QStringLiteral("R1")).value, QStringLiteral("Follow-ups"));
    QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("LPB-2025-001"));
    // The formula-looking title is a string, never a formula.
    const Cell title = cells.value(QStringLiteral("B2"));
    QCOMPARE(title.type, QStringLiteral("s"));
    QVERIFY(!title.formula);
    QCOMPARE(title.value, QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"));
    // Due date 2025-03-31 as an Excel serial: days since 1899-12-30 = 45747.
    QCOMPARE(QDate(1899, 12, 30).daysTo(QDate(2025, 3, 31)), 45747);
    QCOMPARE(cells.value(QStringLiteral("I2")).value.toDouble(), 45747.0);
    QCOMPARE(cells.value(QStringLiteral("L2")).value, QStringLiteral("Yes"));
    QCOMPARE(cells.value(QStringLiteral("M2")).value.toDouble(), 10.0); // days overdue
    QCOMPARE(cells.value(QStringLiteral("R2")).value.toDouble(), 2.0);  // follow-ups
    QCOMPARE(cells.value(QStringLiteral("A3")).value, QStringLiteral("LPB-2025-002"));
    QCOMPARE(cells.value(QStringLiteral("K3")).value, QStringLiteral("Closed"));
    QVERIFY(!cells.contains(QStringLiteral("L3"))); // closed: not overdue
    QVERIFY(!cells.contains(QStringLiteral("A4")));
}

QTEST_GUILESS_MAIN(TestActionExport)
#include "tst_actionexport.moc"
