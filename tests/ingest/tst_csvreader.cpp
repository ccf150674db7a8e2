// The streaming CSV reader: RFC 4180 quoting, line endings, BOM, delimiter detection, and a
// located error for every kind of malformed input.
#include "ingest/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace cw;

namespace {

struct ReadResult
{
    QStringList header;
    QList<QStringList> records;
    QList<qint64> lines;
    QList<ImportIssue> issues; // per-record issues
    std::optional<ImportIssue> fatal;
    char delimiter = 0;
};

ReadResult readAll(const QByteArray &bytes, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    ReadResult result;
    if (!reader.readHeader()) {
        result.fatal = reader.fatalError();
        return result;
    }
    result.header = reader.header();
    result.delimiter = reader.delimiter();
    while (reader.next()) {
        QStringList fields;
        for (int i = 0; i < reader.size(); ++i)
            fields.append(reader.text(i));
        result.records.append(fields);
        result.lines.append(reader.line());
        if (reader.recordIssue())
            result.issues.append(*reader.recordIssue());
    }
    result.fatal = reader.fatalError();
    return result;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWellFormedInput_data();
    void readsWellFormedInput();
    void quotedFieldsSpanLines();
    void detectsSemicolons();
    void locatesRecordProblems_data();
    void locatesRecordProblems();
    void fatalProblems_data();
    void fatalProblems();
    void readsAcrossBufferBoundaries();
};

void TestCsvReader::readsWellFormedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("second");
    QTest::newRow("LF") << QByteArray("a,b,c\n1,2,3\nx,y,z\n")
                        << QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    QTest::newRow("CRLF") << QByteArray("a,b,c\r\n1,2,3\r\nx,y,z\r\n")
                          << QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    QTest::newRow("no final newline")
        << QByteArray("a,b,c\n1,2,3\nx,y,z")
        << QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b,c\n1,2,3\nx,y,z\n")
                         << QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    QTest::newRow("quotes") << QByteArray("a,b,c\n1,2,3\n\"x, with comma\",\"say \"\"hi\"\"\",\"\"\n")
                            << QStringList{QStringLiteral("x, with comma"), QStringLiteral("say \"hi\""),
                                           QString()};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n1,2,3\n,,\n")
                                  << QStringList{QString(), QString(), QString()};
    QTest::newRow("blank lines skipped")
        << QByteArray("a,b,c\n\n1,2,3\r\n\r\nx,y,z\n\n")
        << QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    QTest::newRow("UTF-8") << QByteArray("a,b,c\n1,2,3\n£5,Café,–\n")
                           << QStringList{QStringLiteral("£5"), QStringLiteral("Café"), QStringLiteral("–")};
}

void TestCsvReader::readsWellFormedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, second);
    const ReadResult r = readAll(input);
    QVERIFY(!r.fatal);
    QCOMPARE(r.header, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records.at(1), second);
    QVERIFY(r.issues.isEmpty());
}

void TestCsvReader::quotedFieldsSpanLines()
{
    const ReadResult r = readAll("id,note\n1,\"first line\nsecond line\"\n2,after\n");
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records.at(0).at(1), QStringLiteral("first line\nsecond line"));
    QCOMPARE(r.lines, (QList<qint64>{2, 4})); // the next record starts on physical line 4
}

void TestCsvReader::detectsSemicolons()
{
    const ReadResult r = readAll(
        "Date;Survey;Borough;Measure;Proportion\n31/12/2014;PAS;MPS;\"\"\"Good Job\"\" local\";0,67\n");
    QCOMPARE(r.delimiter, ';');
    QCOMPARE(r.records.at(0).at(3), QStringLiteral("\"Good Job\" local"));
    QCOMPARE(r.records.at(0).at(4), QStringLiteral("0,67"));
}

void TestCsvReader::locatesRecordProblems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("too many fields") << QByteArray("a,b,c\n1,2,3\n1,2,3,4\n") << qint64(3) << 4
                                     << QStringLiteral("Expected 3 fields");
    QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2,3\n1,2\n") << qint64(3) << 3
                                    << QStringLiteral("found 2");
    QTest::newRow("invalid UTF-8 (Latin-1 pound)") << QByteArray("a,b,c\n1,\xA3"
                                                                 "5,3\n")
                                                   << qint64(2) << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong UTF-8") << QByteArray("a,b,c\n1,2,\xC0\xAF\n") << qint64(2) << 3
                                    << QStringLiteral("not valid UTF-8");
    QTest::newRow("NUL byte") << QByteArray("a,b,c\n1,2,3\nx,y\0z,w\n",
                                            sizeof("a,b,c\n1,2,3\nx,y\0z,w\n") - 1)
                              << qint64(3) << 2 << QStringLiteral("NUL byte");
    QTest::newRow("text after quote")
        << QByteArray("a,b,c\n\"x\"y,2,3\n") << qint64(2) << 1 << QStringLiteral("after a closing quote");
}

void TestCsvReader::locatesRecordProblems()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ReadResult r = readAll(input);
    QVERIFY(!r.fatal);
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues.first().line, line);
    QCOMPARE(r.issues.first().column, column);
    QVERIFY2(r.issues.first().message.contains(message), qPrintable(r.issues.first().message));
}

void TestCsvReader::fatalProblems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("maxRecord");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote (truncated file)")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n") << qint64(1 << 20) << qint64(3)
        << QStringLiteral("not closed");
    QTest::newRow("empty file") << QByteArray() << qint64(1 << 20) << qint64(1) << QStringLiteral("empty");
    QTest::newRow("line over the limit")
        << QByteArray("a,b\n1,") + QByteArray(5000, 'x') + QByteArray("\n") << qint64(1000) << qint64(2)
        << QStringLiteral("longer than 1000 bytes");
}

void TestCsvReader::fatalProblems()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, maxRecord);
    QFETCH(qint64, line);
    QFETCH(QString, message);
    CsvReader::Options options;
    options.maxRecordBytes = maxRecord;
    const ReadResult r = readAll(input, options);
    QVERIFY(r.fatal.has_value());
    QCOMPARE(r.fatal->line, line);
    QVERIFY2(r.fatal->message.contains(message), qPrintable(r.fatal->message));
}

void TestCsvReader::readsAcrossBufferBoundaries()
{
    // Records longer in total than the 1 MiB read buffer, with quoted line breaks and CRLF
    // pairs falling on every possible boundary.
    QByteArray input("id,text,n\r\n");
    const int records = 30000;
    for (int i = 0; i < records; ++i) {
        input += QByteArray::number(i) + ",\"quoted, with \"\"quotes\"\"\r\nand a break " +
                 QByteArray(i % 97, 'q') + "\"," + QByteArray::number(i * 7) + "\r\n";
    }
    QVERIFY(input.size() > 2 * (1 << 20));
    const ReadResult r = readAll(input);
    QVERIFY(!r.fatal);
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(r.records.size(), records);
    for (int i = 0; i < records; i += 997) {
        QCOMPARE(r.records.at(i).at(0), QString::number(i));
        QCOMPARE(r.records.at(i).at(2), QString::number(i * 7));
        QCOMPARE(r.lines.at(i), qint64(2 + 2 * i));
        QVERIFY(r.records.at(i).at(1).endsWith(QString(i % 97, QLatin1Char('q'))));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
