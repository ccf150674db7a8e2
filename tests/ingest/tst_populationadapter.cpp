// The `population` importer (ONS mid-year estimates as the London Datastore republishes them):
// the two real files in ../shared/data/population (skipped with a message when absent) and bad
// fixtures, each rejected with its line and column, and nothing written to a workspace.
// Expected numbers were worked out independently with the shell command next to each.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "adapterfixtures.h"
#include "domain/population.h"
#include "reference/referencedata.h"
#include "services/importservice.h"
#include "storage/database.h"
#include "testsupport.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace cwtest;

class TestPopulationAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsTheFormat();
    void realFiles_data();
    void realFiles();
    void realValues_data();
    void realValues();
    void badRows_data();
    void badRows();
    void badHeaders_data();
    void badHeaders();
    void aggregatesAreReadButNotKept();
    void badFileWritesNothing();

private:
    QString file(const QString &name) const;
    std::unique_ptr<cw::AreaResolver> m_areas;
    QString m_data;
};

namespace {

const QString kKey = QLatin1String(cw::populationIndicatorKey);
const QByteArray kHeader = "\xEF\xBB\xBF"
                           "Code,Area name,Inner/ Outer London,2021_Population,2022_Population\n";

} // namespace

void TestPopulationAdapter::initTestCase()
{
    m_areas = std::make_unique<cw::AreaResolver>(cw::ReferenceData::areas());
    m_data = cwtest::sharedDataDir();
}

QString TestPopulationAdapter::file(const QString &name) const
{
    return m_data + u"/population/"_s + name;
}

void TestPopulationAdapter::detectsTheFormat()
{
    const QStringList header = {u"Code"_s, u"Area name"_s, u"Inner/ Outer London"_s, u"2023_Population"_s};
    const auto adapter = cw::FormatRegistry::detect(header);
    QVERIFY(adapter);
    QCOMPARE(adapter->name(), u"population"_s);
    QVERIFY(!cw::FormatRegistry::detect({u"Code"_s, u"Area name"_s, u"Notes"_s}));
}

void TestPopulationAdapter::realFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<int>("years");
    // rows: awk 'NR>1' FILE | wc -l; years: head -1 FILE | tr ',' '\n' | grep -c _Population
    QTest::newRow("2011-2022") << u"borough_population_2011-2022.csv"_s << qint64(33) << 12;
    QTest::newRow("2023-2024") << u"borough_population_2023-2024.csv"_s << qint64(33) << 2;
}

void TestPopulationAdapter::realFiles()
{
    if (m_data.isEmpty())
        QSKIP("../shared/data is not present: the real population files cannot be read.");
    QFETCH(QString, name);
    QFETCH(qint64, rows);
    QFETCH(int, years);
    QFile f(file(name));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Run run = runDevice(*m_areas, u"population"_s, f, name);
    QVERIFY(run.begun);
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.counters().rowsRead, rows);
    QCOMPARE(run.counters().rowsRejected, qint64(0));
    // 33 local authorities and the force area, one value per year.
    QCOMPARE(run.ctx->observations().size(), qsizetype(34 * years));
}

void TestPopulationAdapter::realValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("period");
    QTest::addColumn<double>("expected");
    const QString early = u"borough_population_2011-2022.csv"_s;
    const QString late = u"borough_population_2023-2024.csv"_s;
    // awk -F, '$1=="E09000007"{print $4, $15}' borough_population_2011-2022.csv
    QTest::newRow("Camden 2011") << early << u"E09000007"_s << u"2011"_s << 220087.0;
    QTest::newRow("Camden 2022") << early << u"E09000007"_s << u"2022"_s << 261082.0;
    // awk -F, '$1=="E09000001"{print $4}' borough_population_2011-2022.csv
    QTest::newRow("City of London 2011") << early << u"E09000001"_s << u"2011"_s << 7412.0;
    // awk -F, '$1=="E09000033"{print $5}' borough_population_2023-2024.csv
    QTest::newRow("Westminster 2024") << late << u"E09000033"_s << u"2024"_s << 269593.0;
    // The force area: the 32 boroughs without the City.
    // awk -F, 'NR>1 && $1!="E09000001"{s+=$15} END{print s}' borough_population_2011-2022.csv
    QTest::newRow("MPS 2022") << early << u"E23000001"_s << u"2022"_s << 9381782.0;
    // awk -F, 'NR>1 && $1!="E09000001"{s+=$5} END{print s}' borough_population_2023-2024.csv
    QTest::newRow("MPS 2024") << late << u"E23000001"_s << u"2024"_s << 9557956.0;
}

void TestPopulationAdapter::realValues()
{
    if (m_data.isEmpty())
        QSKIP("../shared/data is not present: the real population files cannot be read.");
    QFETCH(QString, name);
    QFETCH(QString, area);
    QFETCH(QString, period);
    QFETCH(double, expected);
    QFile f(file(name));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Run run = runDevice(*m_areas, u"population"_s, f, name);
    QCOMPARE(run.value(kKey, area, period), expected);
}

void TestPopulationAdapter::badRows_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown code") << QByteArray("E09000099,Nowhere,Inner,1,2\n") << 2 << 1 << u"GSS code"_s;
    QTest::newRow("name of another borough")
        << QByteArray("E09000007,Barnet,Inner,1,2\n") << 2 << 2 << u"does not name"_s;
    QTest::newRow("empty value") << QByteArray("E09000007,Camden,Inner,,2\n") << 2 << 4
                                 << u"2021_Population"_s;
    QTest::newRow("thousands separator")
        << QByteArray("E09000007,Camden,Inner,1000,\"2,000\"\n") << 2 << 5 << u"2022_Population"_s;
    QTest::newRow("zero") << QByteArray("E09000007,Camden,Inner,0,5\n") << 2 << 4 << u"above 0"_s;
    QTest::newRow("decimal") << QByteArray("E09000007,Camden,Inner,12.5,5\n") << 2 << 4 << u"whole number"_s;
    QTest::newRow("repeated with another value")
        << QByteArray("E09000007,Camden,Inner,100,200\nE09000007,Camden,Inner,100,201\n") << 3 << 5
        << u"twice"_s;
}

void TestPopulationAdapter::badRows()
{
    QFETCH(QByteArray, rows);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    const Run run = runBytes(*m_areas, u"population"_s, kHeader + rows, u"pop.csv"_s);
    QVERIFY(run.begun);
    QCOMPARE(run.counters().rowsRejected, qint64(1));
    QCOMPARE(run.ctx->issues().size(), 1);
    const cw::ImportIssue issue = run.ctx->issues().first();
    QCOMPARE(issue.line, qint64(line));
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.message.contains(words), qPrintable(issue.message));
    // A rejected row keeps nothing: only the first (good) row of "repeated" is there.
    const double camden2022 = run.value(kKey, u"E09000007"_s, u"2022"_s);
    QVERIFY(std::isnan(camden2022) || camden2022 == 200.0);
}

void TestPopulationAdapter::badHeaders_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("words");
    QTest::newRow("no area name") << QByteArray("Code,Borough,2021_Population\nE09000007,Camden,1\n")
                                  << u"Area name"_s;
    QTest::newRow("no year") << QByteArray("Code,Area name,Total\nE09000007,Camden,1\n") << u"year column"_s;
    QTest::newRow("year twice") << QByteArray("Code,Area name,2021_Population,2021_Population\n") << u"two"_s;
}

void TestPopulationAdapter::badHeaders()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, words);
    const Run run = runBytes(*m_areas, u"population"_s, content, u"pop.csv"_s);
    QVERIFY(!run.begun);
    QVERIFY(run.ctx->failed());
    QVERIFY2(issuesText(*run.ctx).contains(words), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.ctx->issues().first().line, qint64(1));
}

// London (E12000007) and England (E92000001) rows are sums, not areas: read, not kept, and
// the force total is written only for years every MPS borough has (none here).
void TestPopulationAdapter::aggregatesAreReadButNotKept()
{
    const Run run = runBytes(*m_areas, u"population"_s,
                             kHeader + "E12000007,London,,8800000,8900000\nE09000007,Camden,Inner,1,2\n");
    QVERIFY(run.ctx->issues().isEmpty());
    QCOMPARE(run.counters().rowsRead, qint64(2));
    QCOMPARE(run.ctx->observations().size(), 2);
    QCOMPARE(run.value(kKey, u"E09000007"_s, u"2021"_s), 1.0);
    QVERIFY(std::isnan(run.value(kKey, u"E23000001"_s, u"2021"_s)));
}

void TestPopulationAdapter::badFileWritesNothing()
{
    QTemporaryDir dir;
    auto ws = cw::Workspace::create(dir.filePath(u"w.cwb"_s));
    QVERIFY(ws.ok());
    const QString path = dir.filePath(u"pop.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kHeader + "E09000007,Camden,Inner,100,200\nE09000003,Barnet,Outer,x,300\n");
    f.close();
    const auto count = [&] {
        return ws.value()->database().scalar(u"SELECT COUNT(*) FROM observation"_s).toLongLong();
    };
    const qint64 before = count();
    const cw::ImportReport report = ws.value()->imports().importFile(path, {});
    QCOMPARE(report.status, cw::ImportReport::Status::Rejected);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.first().line, qint64(3));
    QCOMPARE(report.errors.first().column, 4);
    QCOMPARE(count(), before);
    // The good file imports, detected from its header.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kHeader + "E09000007,Camden,Inner,100,200\n");
    f.close();
    const cw::ImportReport good = ws.value()->imports().importFile(path, {});
    QCOMPARE(good.status, cw::ImportReport::Status::Imported);
    QCOMPARE(good.format, u"population"_s);
    QCOMPARE(count(), before + 2);
}

QTEST_GUILESS_MAIN(TestPopulationAdapter)
#include "tst_populationadapter.moc"
