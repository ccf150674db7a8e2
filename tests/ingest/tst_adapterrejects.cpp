// The import format adapters against malformed input: every bad row is rejected with its line,
// column and reason and contributes nothing; every bad file fails at line 1 and yields nothing.

#include <QTest>

#include <memory>

#include "adapterfixtures.h"
#include "reference/referencedata.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace cwtest;

class TestAdapterRejects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rejectsBadRows_data();
    void rejectsBadRows();
    void failsFile_data();
    void failsFile();

private:
    std::unique_ptr<cw::AreaResolver> m_areas;
};

void TestAdapterRejects::initTestCase()
{
    m_areas = std::make_unique<cw::AreaResolver>(cw::ReferenceData::areas());
}

// ---------------------------------------------------------------------------------------------
// Bad rows: each fixture is a good row and a bad one. The bad one is rejected with its line,
// column and reason, and contributes nothing: the observations (force totals included) are
// exactly those of the file without it.

void TestAdapterRejects::rejectsBadRows_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const QString plain = u"fixture.csv"_s;
    const auto mps = [&](const char *tag, const QByteArray &row, int column, const QString &fragment) {
        QTest::newRow(tag) << u"mps.borough"_s << plain << (kMpsHeader + kMpsGood + row) << qint64(3)
                           << column << fragment;
    };
    mps("mps: unknown borough", "BURGLARY,BURGLARY - RESIDENTIAL,Narnia,1,2\n", 3,
        uR"("BoroughName" names no borough the Metropolitan Police polices: "Narnia")"_s);
    mps("mps: City of London is not MPS", "BURGLARY,BURGLARY - RESIDENTIAL,City of London,1,2\n", 3,
        uR"(polices: "City of London")"_s);
    mps("mps: a force is no borough", "BURGLARY,BURGLARY - RESIDENTIAL,Metropolitan Police,1,2\n", 3,
        uR"(polices: "Metropolitan Police")"_s);
    mps("mps: negative count", "BURGLARY,BURGLARY - RESIDENTIAL,Barnet,-3,2\n", 4,
        uR"("202401" is not a whole number of 0 or more: "-3")"_s);
    mps("mps: not a number", "BURGLARY,BURGLARY - RESIDENTIAL,Barnet,1,x\n", 5,
        uR"("202402" is not a whole number of 0 or more: "x")"_s);
    mps("mps: fraction", "BURGLARY,BURGLARY - RESIDENTIAL,Barnet,1.5,2\n", 4, uR"("1.5")"_s);
    mps("mps: empty value", "BURGLARY,BURGLARY - RESIDENTIAL,Barnet,1,\n", 5, uR"("202402" is empty.)"_s);
    mps("mps: empty category", ",BURGLARY - RESIDENTIAL,Barnet,1,1\n", 1, uR"("MajorText" is empty.)"_s);
    mps("mps: conflicting duplicate", "BURGLARY,BURGLARY - RESIDENTIAL,Camden,0,10\n", 5,
        u"duplicate of an earlier row for the same borough and category with a different value (10 here, 9 "
        "before)"_s);

    const auto old = [&](const char *tag, const QByteArray &row, int column, const QString &fragment) {
        QTest::newRow(tag) << u"mps.borough.old"_s << plain << (kOldHeader + row) << qint64(3) << column
                           << fragment;
    };
    old("old: unknown borough", "Narnia,Burglary,Burglary in a Dwelling,5\n", 1,
        uR"("Borough" names no borough the Metropolitan Police polices: "Narnia")"_s);
    old("old: negative count", "Camden,Burglary,Burglary in a Dwelling,-1\n", 4,
        uR"("201601" is not a whole)"_s);
    old("old: conflicting duplicate", "Westminster,Burglary,Burglary in a Dwelling,130\n", 4,
        u"duplicate of an earlier row"_s);

    const auto pas = [&](const char *tag, const QByteArray &head, const QByteArray &row, int column,
                         const QString &fragment) {
        QTest::newRow(tag) << u"pas"_s << plain << (head + row) << qint64(3) << column << fragment;
    };
    pas("pas: ISO date", kPasHeader, "2014-12-31;PAS;Barnet;Trust MPS;0,5\n", 1,
        uR"("Date" is not the last day of a quarter (expected d/M/yyyy, e.g. 31/12/2014): "2014-12-31")"_s);
    pas("pas: not a quarter", kPasHeader, "30/11/2014;PAS;Barnet;Trust MPS;0,5\n", 1, uR"("30/11/2014")"_s);
    pas("pas: not the last day", kPasHeader, "30/12/2014;PAS;Barnet;Trust MPS;0,5\n", 1,
        uR"("30/12/2014")"_s);
    pas("pas: no such day", kPasHeader, "31/6/2015;PAS;Barnet;Trust MPS;0,5\n", 1, uR"("31/6/2015")"_s);
    pas("pas: unknown borough", kPasHeader, "31/12/2014;PAS;Narnia;Trust MPS;0,5\n", 3,
        uR"("Borough" names no borough the Workbench knows: "Narnia")"_s);
    pas("pas: Unknown is no survey area", kPasHeader, "31/12/2014;PAS;Unknown;Trust MPS;0,5\n", 3,
        uR"("Unknown")"_s);
    pas("pas: empty measure", kPasHeader, "31/12/2014;PAS;Barnet;;0,5\n", 4, uR"("Measure" is empty.)"_s);
    pas("pas: proportion above 1", kPasHeader, "31/12/2014;PAS;Barnet;Trust MPS;1,2\n", 5,
        uR"("Proportion" is not a proportion between 0 and 1: "1,2")"_s);
    pas("pas: a percentage", kPasHeader, "31/12/2014;PAS;Barnet;Trust MPS;56\n", 5, uR"("56")"_s);
    pas("pas: negative", kPasHeader, "31/12/2014;PAS;Barnet;Trust MPS;-0,1\n", 5, uR"("-0,1")"_s);
    pas("pas: not a number", kPasHeader, "31/12/2014;PAS;Barnet;Trust MPS;n/a\n", 5, uR"("n/a")"_s);
    pas("pas: empty", kPasHeader, "31/12/2014;PAS;Barnet;Trust MPS;\n", 5, uR"("Proportion" is empty.)"_s);
    pas("pas: conflicting duplicate", kPasHeader, "31/12/2014;PAS;MPS;\"\"\"Good Job\"\" local\";0,68\n", 5,
        u"duplicate of an earlier row for the same area, measure and date with a different value (0.68 here, "
        "0.67 before)"_s);
    pas("pas: MPS column disagrees", kPasBoroughHeader, "31/12/2014;PAS;Brent;Trust MPS;0,6;0,8\n", 6,
        uR"("MPS" is a duplicate of an earlier row)"_s);
    pas("pas: MPS column above 1", kPasBoroughHeader, "31/12/2014;PAS;Brent;Trust MPS;0,6;7\n", 6,
        uR"("MPS" is not a proportion between 0 and 1: "7")"_s);

    const auto dash = [&](const char *tag, const QByteArray &row, int column, const QString &fragment) {
        QTest::newRow(tag) << u"mps.dashboard"_s << plain << (kDashHeader + kDashGood + row) << qint64(3)
                           << column << fragment;
    };
    const QByteArray barnet =
        "2023-01-01T00:00:00.000Z,Borough,Barnet,Barnet,E09000003,Knife Crime,Knife Crime,"
        "Offences,fy22-23,22-23_11,";
    dash("dashboard: negative count", barnet + "-1,2026-03-18T00:00:00.000Z,X\n", 11,
         uR"("count" is not a whole number of 0 or more: "-1")"_s);
    dash("dashboard: empty count", barnet + ",2026-03-18T00:00:00.000Z,X\n", 11, uR"("")"_s);
    dash("dashboard: fraction", barnet + "4.0,2026-03-18T00:00:00.000Z,X\n", 11, uR"("4.0")"_s);
    dash("dashboard: no such month",
         "2023-13-01T00:00:00.000Z,Borough,Barnet,Barnet,E09000003,Knife Crime,Knife "
         "Crime,Offences,a,b,1,c,X\n",
         1, uR"("month_year" is not the first day of a month)"_s);
    dash("dashboard: mid-month",
         "2023-01-15T00:00:00.000Z,Borough,Barnet,Barnet,E09000003,Knife Crime,Knife "
         "Crime,Offences,a,b,1,c,X\n",
         1, uR"("2023-01-15T00:00:00.000Z")"_s);
    dash("dashboard: unknown borough",
         "2023-01-01T00:00:00.000Z,Borough,Narnia,Narnia,,Knife Crime,Knife Crime,Offences,a,b,1,c,X\n", 4,
         uR"(name no borough the Metropolitan Police polices: "", "Narnia")"_s);
    dash("dashboard: unknown code",
         "2023-01-01T00:00:00.000Z,Borough,Narnia,Narnia,E99999999,Knife Crime,Knife "
         "Crime,Offences,a,b,1,c,X\n",
         5, uR"("E99999999", "Narnia")"_s);
    dash("dashboard: City of London",
         "2023-01-01T00:00:00.000Z,Borough,City,City of London,E09000001,Knife Crime,Knife "
         "Crime,Offences,a,b,1,c,X\n",
         5, uR"("E09000001")"_s);
    dash("dashboard: empty subtype",
         "2023-01-01T00:00:00.000Z,Borough,Barnet,Barnet,E09000003,Knife Crime,,Offences,a,b,1,c,X\n", 7,
         uR"("crime_subtype" is empty.)"_s);
    dash("dashboard: conflicting duplicate",
         "2023-01-01T00:00:00.000Z,Borough,Camden,Camden,E09000007,Knife Crime,Knife "
         "Crime,Offences,a,b,42,c,X\n",
         11,
         u"duplicate of an earlier row for the same borough, subtype, measure and month with a different "
         u"value "
         "(42 here, 41 before)"_s);

    const auto out = [&](const char *tag, const QByteArray &row, int column, const QString &fragment) {
        QTest::newRow(tag) << u"policeuk.outcome"_s << plain << (kOutHeader + row) << qint64(3) << column
                           << fragment;
    };
    out("outcomes: bad month",
        "b2,2023-13,Metropolitan Police Service,Metropolitan Police Service,,,x,E01000907,Camden 001A,Local "
        "resolution\n",
        2, uR"("Month" is not a month (expected YYYY-MM): "2023-13")"_s);
    out("outcomes: empty outcome",
        "b2,2023-05,Metropolitan Police Service,Metropolitan Police Service,,,x,E01000907,Camden 001A,\n", 10,
        uR"("Outcome type" is empty.)"_s);
    out("outcomes: unknown force",
        "b2,2023-05,Narnia Constabulary,Narnia Constabulary,,,x,E01000907,Camden 001A,Local resolution\n", 4,
        uR"("Falls within" names a force the Workbench does not know: "Narnia Constabulary")"_s);
    out("outcomes: a borough is no force",
        "b2,2023-05,Camden,Camden,,,x,E01000907,Camden 001A,Local resolution\n", 4, uR"("Camden")"_s);

    const QString metSearch = u"2023-01-metropolitan-stop-and-search.csv"_s;
    const auto search = [&](const char *tag, const QByteArray &date, const QString &fragment) {
        QTest::newRow(tag) << u"policeuk.search"_s << metSearch
                           << (kSearchHeader + searchRow("2023-01-01T00:12:00+00:00") + searchRow(date))
                           << qint64(3) << 2 << fragment;
    };
    search(
        "search: no such day", "2023-02-30T10:00:00+00:00",
        uR"("Date" is not a date and time (expected e.g. 2023-01-01T00:12:00+00:00): "2023-02-30T10:00:00+00:00")"_s);
    search("search: words", "yesterday", uR"("yesterday")"_s);
    search("search: empty", "", uR"(: "")"_s);

    const auto tidy = [&](const char *tag, const QByteArray &row, int column, const QString &fragment) {
        QTest::newRow(tag) << u"tidy"_s << plain << (kTidyHeader + row) << qint64(3) << column << fragment;
    };
    tidy("tidy: unknown area", "ons.pfa:Burglary,Narnia,2024/25,1,count,,\n", 2,
         uR"("area" is neither a GSS code nor the name of an area the Workbench knows: "Narnia")"_s);
    tidy(
        "tidy: no such month", "ons.pfa:Burglary,E09000007,2024-13,1,count,,\n", 3,
        uR"("period" is not a period (expected e.g. 2024-01, 2024-Q1, 2024/25, 2024 or R12:2024-09): "2024-13")"_s);
    tidy("tidy: period in words", "ons.pfa:Burglary,E09000007,Q1 2024,1,count,,\n", 3, uR"("Q1 2024")"_s);
    tidy("tidy: financial year that skips", "ons.pfa:Burglary,E09000007,2024/26,1,count,,\n", 3,
         uR"("2024/26")"_s);
    tidy("tidy: unknown unit", "ons.pfa:Burglary,E09000007,2024/25,1,percentage,,\n", 5,
         uR"("unit" is not one of count, percent, points, days, money, rate: "percentage")"_s);
    tidy("tidy: empty value", "ons.pfa:Burglary,E09000007,2024/25,,count,,\n", 4, uR"("value" is empty.)"_s);
    tidy("tidy: decimal comma", "ons.pfa:Burglary,E09000007,2024/25,\"1,5\",count,,\n", 4,
         uR"("value" is not a number (digits with an optional '.'): "1,5")"_s);
    tidy("tidy: not a number", "ons.pfa:Burglary,E09000007,2024/25,many,count,,\n", 4, uR"("many")"_s);
    tidy("tidy: negative count", "ons.pfa:Burglary,E09000007,2024/25,-3,count,,\n", 4,
         uR"("value" is a count and cannot be negative: "-3")"_s);
    tidy("tidy: percent over 1", "pas.x:Trust,E09000007,2024/25,56,percent,,\n", 4,
         uR"(between 0 and 1 (0.56 for 56%): "56")"_s);
    tidy("tidy: key without source", "Burglary,E09000007,2024/25,1,count,,\n", 1,
         uR"("indicator" must be written source:category (e.g. ons.pfa:Burglary): "Burglary")"_s);
    tidy("tidy: key without category", "ons.pfa:,E09000007,2024/25,1,count,,\n", 1, uR"("ons.pfa:")"_s);
    tidy("tidy: key with a leading space", " ons.pfa:Burglary,E09000007,2024/25,1,count,,\n", 1,
         uR"("indicator" has spaces at the start or end: " ons.pfa:Burglary")"_s);
    tidy("tidy: key with a trailing space", "ons.pfa:Burglary ,E09000007,2024/25,1,count,,\n", 1,
         uR"(: "ons.pfa:Burglary ")"_s);
    tidy("tidy: negative denominator", "ons.pfa:Burglary,E09000007,2024/25,1,count,-1,\n", 6,
         uR"("denominator" is not a number of 0 or more: "-1")"_s);
    tidy("tidy: fractional sample", "ons.pfa:Burglary,E09000007,2024/25,1,count,,2.5\n", 7,
         uR"("sample_size" is not a whole number of 0 or more: "2.5")"_s);
    tidy("tidy: conflicting duplicate", "ons.pfa:Burglary,E23000001,2024/25,1235,count,,\n", 4,
         u"duplicate of an earlier row for the same indicator, area and period with a different value"_s);
    tidy("tidy: duplicate with another denominator",
         "ons.pfa:Burglary,Metropolitan Police,2024/25,1234,,10,\n", 4, u"duplicate of an earlier row"_s);
    tidy("tidy: unit changes", "ons.pfa:Burglary,E09000007,2024/25,0.5,percent,,\n", 5,
         uR"("unit" is percent, but an earlier row gave count for the indicator "ons.pfa:Burglary")"_s);
}

void TestAdapterRejects::rejectsBadRows()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const Run run = runBytes(*m_areas, format, content, fileName);
    QVERIFY(run.begun);
    QVERIFY2(!run.ctx->failed(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.counters().rowsRead, 2);
    QCOMPARE(run.counters().rowsRejected, 1);
    QCOMPARE(run.ctx->issues().size(), 1);
    const cw::ImportIssue issue = run.ctx->issues().first();
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));

    const Run without = runBytes(*m_areas, format, withoutLine(content, line), fileName);
    QCOMPARE(without.counters().rowsRejected, 0);
    QVERIFY(!without.dump().isEmpty());
    QCOMPARE(run.dump(), without.dump());
    QCOMPARE(run.counters().unallocated, without.counters().unallocated);
}

// ---------------------------------------------------------------------------------------------
// Problems with a file as a whole: the file fails at line 1 and yields nothing.

void TestAdapterRejects::failsFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const QString plain = u"fixture.csv"_s;
    QTest::newRow("mps: month column 13")
        << u"mps.borough"_s << plain
        << QByteArray("MajorText,MinorText,BoroughName,202401,202413\n") + kMpsGood << 5
        << uR"(The column "202413" is not a month (expected YYYYMM).)"_s;
    QTest::newRow("mps: month column with a dash")
        << u"mps.borough"_s << plain << QByteArray("MajorText,MinorText,BoroughName,2024-01\nA,B,Camden,1\n")
        << 4 << uR"("2024-01" is not a month)"_s;
    QTest::newRow("mps: month column twice")
        << u"mps.borough"_s << plain
        << QByteArray("MajorText,MinorText,BoroughName,202401,202401\n") + kMpsGood << 5
        << uR"(The month column "202401" appears more than once.)"_s;
    QTest::newRow("old: month column in words")
        << u"mps.borough.old"_s << plain
        << QByteArray("Borough,Major Category,Minor Category,Jan 2016\nA,B,C,1\n") << 4
        << uR"("Jan 2016" is not a month)"_s;
    QTest::newRow("old: no month columns")
        << u"mps.borough.old"_s << plain << QByteArray("Borough,Major Category,Minor Category\nA,B,C\n") << 0
        << u"at least one month"_s;
    QTest::newRow("tidy: missing value")
        << u"tidy"_s << plain << QByteArray("indicator,area,period\nons.pfa:Burglary,E23000001,2024\n") << 0
        << uR"(The column "value" is missing.)"_s;
    QTest::newRow("tidy: missing area")
        << u"tidy"_s << plain
        << QByteArray("indicator,region,period,value\nons.pfa:Burglary,E23000001,2024,1\n") << 0
        << uR"(The column "area" is missing.)"_s;
    QTest::newRow("tidy: value twice")
        << u"tidy"_s << plain << QByteArray("indicator,area,period,value,Value\nx:y,E23000001,2024,1,2\n")
        << 5 << uR"(The column "value" appears more than once.)"_s;
    QTest::newRow("outcomes: no Outcome type")
        << u"policeuk.outcome"_s << plain << QByteArray("Crime ID,Month,Reported by,Falls within,LSOA name\n")
        << 0 << uR"(The column "Outcome type" is missing.)"_s;
    QTest::newRow("search: file name without a force")
        << u"policeuk.search"_s << u"stops.csv"_s << kSearchHeader + searchRow("2023-01-01T00:12:00+00:00")
        << 0 << uR"(but "stops.csv" names no force the Workbench knows)"_s;
    QTest::newRow("search: unknown force") << u"policeuk.search"_s << u"2023-01-narnia-stop-and-search.csv"_s
                                           << kSearchHeader + searchRow("2023-01-01T00:12:00+00:00") << 0
                                           << uR"("2023-01-narnia-stop-and-search.csv")"_s;
    QTest::newRow("search: no Date") << u"policeuk.search"_s << u"2023-01-metropolitan-stop-and-search.csv"_s
                                     << QByteArray(
                                            "Type,Object of search,Outcome,Officer-defined ethnicity\n")
                                     << 0 << uR"(The column "Date" is missing.)"_s;
    QTest::newRow("dashboard: no count")
        << u"mps.dashboard"_s << plain
        << QByteArray("month_year,area_type,borough_snt,area_name,area_code,crime_subtype,measure\n") << 0
        << uR"(The column "count" is missing.)"_s;
    QTest::newRow("pas: Area for Borough")
        << u"pas"_s << plain << QByteArray("Date;Survey;Area;Measure;Proportion\n31/12/2014;PAS;MPS;x;0,5\n")
        << 0 << u"Date, Survey, Borough, Measure, Proportion"_s;
}

void TestAdapterRejects::failsFile()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const Run run = runBytes(*m_areas, format, content, fileName);
    QVERIFY(!run.begun);
    QVERIFY(run.ctx->failed());
    QVERIFY(run.ctx->observations().isEmpty());
    bool found = false;
    for (const auto &issue : run.ctx->issues())
        found = found || (issue.line == 1 && issue.column == column && issue.message.contains(fragment));
    QVERIFY2(found, qPrintable(issuesText(*run.ctx)));
}

QTEST_GUILESS_MAIN(TestAdapterRejects)
#include "tst_adapterrejects.moc"
