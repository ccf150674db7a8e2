// The import format adapters, driven the way ImportParser drives them: which header each
// accepts, and what each yields from small valid files. (Bad rows and bad files:
// tst_adapterrejects; the real published files: tst_adapterfiles.)

#include <QTest>

#include <memory>

#include "ingest/adapters/policeuksearchadapter.h"
#include "adapterfixtures.h"
#include "reference/referencedata.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace cwtest;

class TestAdapters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void detection_data();
    void detection();

    void mpsBoroughFixture();
    void pasFixture();
    void dashboardFixture();
    void outcomesFixture();
    void searchMonth_data();
    void searchMonth();
    void searchForceFromFileName_data();
    void searchForceFromFileName();
    void tidyFixture();

private:
    std::unique_ptr<cw::AreaResolver> m_areas;
};

void TestAdapters::initTestCase()
{
    m_areas = std::make_unique<cw::AreaResolver>(cw::ReferenceData::areas());
}

// ---------------------------------------------------------------------------------------------
// Detection: every format's header as published is accepted by exactly one adapter, and the
// headers of the other MPS dashboard extracts by none.

void TestAdapters::detection_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("format");

    QTest::newRow("police.uk street") << u"Crime ID,Month,Reported by,Falls "
                                         u"within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
                                         "Last outcome category,Context"_s
                                      << u"policeuk.street"_s;
    QTest::newRow("police.uk outcomes")
        << QString::fromUtf8(kOutHeader.split('\n').first()) << u"policeuk.outcome"_s;
    QTest::newRow("police.uk stop and search")
        << QString::fromUtf8(kSearchHeader.trimmed()) << u"policeuk.search"_s;
    QTest::newRow("datastore new scheme")
        << u"MajorText,MinorText,BoroughName,202303,202304"_s << u"mps.borough"_s;
    QTest::newRow("datastore new scheme, bad month")
        << u"MajorText,MinorText,BoroughName,2023-03"_s << u"mps.borough"_s;
    QTest::newRow("datastore old scheme")
        << u"Borough,Major Category,Minor Category,200801"_s << u"mps.borough.old"_s;
    QTest::newRow("PAS semicolon") << u"Date;Survey;Borough;Measure;Proportion;MPS"_s << u"pas"_s;
    QTest::newRow("PAS MPS") << u"Date;Survey;Borough;Measure;Proportion"_s << u"pas"_s;
    QTest::newRow("PAS comma") << u"Date,Survey,Borough,Measure,Proportion,MPS,,,,"_s << u"pas"_s;
    QTest::newRow("monthly crime dashboard")
        << QString::fromUtf8(kDashHeader.trimmed()) << u"mps.dashboard"_s;
    QTest::newRow("tidy") << u"indicator,area,period,value"_s << u"tidy"_s;
    QTest::newRow("tidy, any order and extras")
        << u"Value,period,notes,area,sample_size,Indicator"_s << u"tidy"_s;
    QTest::newRow("dashboards: custody")
        << u"current_disposal_year,current_disposal_month,current_disposal_month_name,gender,age_group,"
           "ethnicity_4+1,offence_group,current_disposal,offence_count,sheet"_s
        << QString();
    QTest::newRow("dashboards: homicide")
        << u"count_of_ppa,borough,gender,age_group,self_classified_ethnicity,offence_type,charged_summonsed,"
           "proceedings_date"_s
        << QString();
    QTest::newRow("dashboards: ward")
        << u"202402,202403,majortext,minortext,wardname,wardcode,lookup_boroughname"_s << QString();
    QTest::newRow("dashboards: lsoa")
        << u"202402,202403,lsoa_code,lsoa_name,borough,major_category,minor_category"_s << QString();
    QTest::newRow("dashboards: thorough searches")
        << u"col_0,stop_date,area,borough,age_group,appropriate_adult_present,sex,ethnic_appearance"_s
        << QString();
    QTest::newRow("tidy without value") << u"indicator,area,period"_s << QString();
}

void TestAdapters::detection()
{
    QFETCH(QString, header);
    QFETCH(QString, format);
    const QStringList fields = header.split(header.contains(u';') ? u';' : u',');
    QStringList accepting;
    for (const QString &name : cw::FormatRegistry::names()) {
        if (cw::FormatRegistry::create(name)->accepts(fields))
            accepting.append(name);
    }
    QCOMPARE(accepting, format.isEmpty() ? QStringList() : QStringList{format});
    const auto detected = cw::FormatRegistry::detect(fields);
    QCOMPARE(detected ? detected->name() : QString(), format);
}

// ---------------------------------------------------------------------------------------------
// What each format yields from small, valid files.

void TestAdapters::mpsBoroughFixture()
{
    const QByteArray content =
        kMpsHeader + kMpsGood +
        "BURGLARY,BURGLARY - RESIDENTIAL,CAMDEN,0,9\n" // identical repeat: harmless
        "BURGLARY,BURGLARY - RESIDENTIAL,London Heathrow and London City Airports,1,2\n"
        "BURGLARY,BURGLARY - RESIDENTIAL,Unknown,3,4\n"
        "BURGLARY,BURGLARY - RESIDENTIAL,City of Westminster,10,20\n"
        "THEFT,SHOPLIFTING,Kingston Upon Thames,5,6\n";
    const Run run = runBytes(*m_areas, u"mps.borough"_s, content);
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.counters().rowsRead, 6);
    QCOMPARE(run.counters().unallocated, 1);
    const QString burglary = u"mps.borough:BURGLARY/BURGLARY - RESIDENTIAL"_s;
    QCOMPARE(run.value(burglary, u"E09000007"_s, u"2024-02"_s), 9.0);
    QCOMPARE(run.value(burglary, u"heathrow-city-airports"_s, u"2024-02"_s), 2.0);
    QCOMPARE(run.value(burglary, u"unallocated"_s, u"2024-01"_s), 3.0);
    QCOMPARE(run.value(burglary, u"E09000033"_s, u"2024-02"_s), 20.0);
    // Force totals: every row once (the repeat is not counted twice), airports and unknown included.
    QCOMPARE(run.value(burglary, u"E23000001"_s, u"2024-01"_s), 0.0 + 1 + 3 + 10);
    QCOMPARE(run.value(burglary, u"E23000001"_s, u"2024-02"_s), 9.0 + 2 + 4 + 20);
    QCOMPARE(run.value(u"mps.borough:THEFT/SHOPLIFTING"_s, u"E09000021"_s, u"2024-01"_s), 5.0);
    QCOMPARE(run.value(u"mps.borough:THEFT/SHOPLIFTING"_s, u"E23000001"_s, u"2024-02"_s), 6.0);
    const auto &indicator = run.ctx->observations().indicators().first();
    QCOMPARE(indicator.category, u"BURGLARY/BURGLARY - RESIDENTIAL"_s);
    QCOMPARE(indicator.unit, cw::Unit::Count);
    QCOMPARE(indicator.kind, u"count"_s);

    const Run old = runBytes(*m_areas, u"mps.borough.old"_s, kOldHeader);
    QCOMPARE(old.value(u"mps.borough.old:Burglary/Burglary in a Dwelling"_s, u"E09000033"_s, u"2016-01"_s),
             131.0);
    QCOMPARE(old.value(u"mps.borough.old:Burglary/Burglary in a Dwelling"_s, u"E23000001"_s, u"2016-01"_s),
             131.0);
}

void TestAdapters::pasFixture()
{
    // As the comma extract writes it: quoted decimal commas, four extra columns, stray cells.
    const QByteArray content =
        "Date,Survey,Borough,Measure,Proportion,MPS,,,,\n"
        "31/12/2014,PAS,Barking and Dagenham,\"\"\"Good Job\"\" local\",\"0,56\",\"0,67\",,,,\n"
        "30/6/2015,PAS,City of Westminster,Trust MPS,\"0,9\",\"0,8\",,,Trust,\"0,71\"\n"
        "30/06/2015,PAS,Richmond Upon Thames,Trust MPS,0.75,\"0,80\",,,,\n"
        "30/06/2015,PAS,MPS,Trust MPS,\"0,8\",,,,,\n";
    const Run run = runBytes(*m_areas, u"pas"_s, content);
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    const QString goodJob = u"pas:\"Good Job\" local"_s;
    QCOMPARE(run.value(goodJob, u"E09000002"_s, u"R12:2014-12"_s), 0.56);
    QCOMPARE(run.value(goodJob, u"E23000001"_s, u"R12:2014-12"_s), 0.67);
    QCOMPARE(run.value(u"pas:Trust MPS"_s, u"E09000033"_s, u"R12:2015-06"_s), 0.9);
    QCOMPARE(run.value(u"pas:Trust MPS"_s, u"E09000027"_s, u"R12:2015-06"_s), 0.75);
    QCOMPARE(run.value(u"pas:Trust MPS"_s, u"E23000001"_s, u"R12:2015-06"_s), 0.8);
    const auto &indicator = run.ctx->observations().indicators().first();
    QCOMPARE(indicator.key, goodJob);
    QCOMPARE(indicator.category, u"\"Good Job\" local"_s);
    QCOMPARE(indicator.unit, cw::Unit::Percent);
    QCOMPARE(indicator.kind, u"proportion"_s);
    const auto values =
        run.ctx->observations().value(goodJob, u"E09000002"_s, cw::Period::rolling12(2014, 12));
    QVERIFY(values && !values->sampleSize && !values->denominator);
    QCOMPARE(cw::Period::rolling12(2015, 6).start(), QDate(2014, 7, 1));
}

void TestAdapters::dashboardFixture()
{
    const QByteArray content =
        kDashHeader + kDashGood +
        "2023-01-01T00:00:00.000Z,Safer Neighbourhood Teams,Camden Kilburn,Kilburn,E05013660 ,Knife "
        "Crime,Knife "
        "Crime,Offences,a,b,not a count,c,X\n"
        "2023-01-01T00:00:00.000Z,Borough,Other / NK,,,Knife Crime,Knife Crime,Offences,a,b,20,c,X\n"
        "2023-01-01T00:00:00.000Z,Borough,Other / NK,N/K (Legacy Only),,Knife Crime,Knife "
        "Crime,Offences,a,b,5,c,X\n"
        "2023-01-01T00:00:00.000Z,Borough,Other / NK,Aviation Security (SO18) (Legacy Only),,Knife "
        "Crime,Knife "
        "Crime,Offences,a,b,1,c,X\n" +
        kDashGood // identical repeat: harmless
        + "2023-01-01T00:00:00.000Z,Borough,Westminster,City of Westminster,,Knife Crime,Knife "
          "Crime,Offences,a,b,7,c,"
          "X\n";
    const Run run = runBytes(*m_areas, u"mps.dashboard"_s, content);
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.counters().rowsRead, 7);
    QCOMPARE(run.counters().rowsRejected, 0);
    QCOMPARE(run.counters().unallocated, 3);
    const QString key = u"mps.dashboard:Knife Crime/Offences"_s;
    QCOMPARE(run.value(key, u"E09000007"_s, u"2023-01"_s), 41.0);
    QCOMPARE(run.value(key, u"E09000033"_s, u"2023-01"_s), 7.0);
    QCOMPARE(run.value(key, u"unallocated"_s, u"2023-01"_s), 26.0);
    QCOMPARE(run.value(key, u"E23000001"_s, u"2023-01"_s), 41.0 + 7 + 26);
    QCOMPARE(run.ctx->observations().areaCodes().size(), 4); // no neighbourhood team
}

void TestAdapters::outcomesFixture()
{
    const QByteArray met = "Metropolitan Police Service,Metropolitan Police Service,";
    const QByteArray content =
        kOutHeader + "a1,2023-05," + met +
        ",,x,E01000907,Camden 001A,Offender given a caution\n"                // same crime, 2nd outcome
        + "a1,2023-05," + met + ",,x,E01000907,Camden 001A,Suspect charged\n" // and a repeat: counts
        + "b2,2023-05," + met + ",,No location,,,Investigation complete; no suspect identified\n" +
        "c3,2023-04," + met + "-0.01,51.7,x,E01023412,Broxbourne 013B,Suspect charged\n" +
        "d4,2023-05,City of London Police,City of London Police,,,x,E01000005,City of London 001E,Suspect "
        "charged\n";
    const Run run = runBytes(*m_areas, u"policeuk.outcome"_s, content);
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.counters().rowsRead, 6);
    QCOMPARE(run.counters().unallocated, 2);
    QCOMPARE(run.counters().duplicatesDropped, 0);
    const QString charged = u"policeuk.outcome:Suspect charged"_s;
    QCOMPARE(run.value(charged, u"E09000007"_s, u"2023-05"_s), 2.0);
    QCOMPARE(run.value(u"policeuk.outcome:Offender given a caution"_s, u"E09000007"_s, u"2023-05"_s), 1.0);
    QCOMPARE(run.value(charged, u"E23000001"_s, u"2023-05"_s), 2.0);
    QCOMPARE(run.value(charged, u"unallocated"_s, u"2023-04"_s), 1.0);
    QCOMPARE(run.value(charged, u"E23000001"_s, u"2023-04"_s), 1.0);
    QCOMPARE(run.value(charged, u"E23000034"_s, u"2023-05"_s), 1.0);
    QCOMPARE(run.value(charged, u"E09000001"_s, u"2023-05"_s), 1.0);
    QCOMPARE(run.value(u"policeuk.outcome:Investigation complete; no suspect identified"_s, u"unallocated"_s,
                       u"2023-05"_s),
             1.0);
}

// The month of a search is its date's month in London local time.
void TestAdapters::searchMonth_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QString>("month");
    QTest::newRow("GMT") << QByteArray("2023-01-01T00:12:00+00:00") << u"2023-01"_s;
    QTest::newRow("GMT, last minutes of the year") << QByteArray("2022-12-31T23:30:00+00:00") << u"2022-12"_s;
    QTest::newRow("BST: UTC June is local July") << QByteArray("2023-06-30T23:30:00+00:00") << u"2023-07"_s;
    QTest::newRow("BST: UTC August is local September")
        << QByteArray("2022-08-31T23:16:00+00:00") << u"2022-09"_s;
    QTest::newRow("BST: last local hour of June") << QByteArray("2023-06-30T22:59:00+00:00") << u"2023-06"_s;
    QTest::newRow("GMT again after October's change")
        << QByteArray("2023-10-31T23:30:00+00:00") << u"2023-10"_s;
    QTest::newRow("Z") << QByteArray("2023-06-30T23:30:00Z") << u"2023-07"_s;
    QTest::newRow("explicit +01:00") << QByteArray("2023-07-01T00:30:00+01:00") << u"2023-07"_s;
    QTest::newRow("no offset: London time") << QByteArray("2023-06-30T23:30:00") << u"2023-06"_s;
}

void TestAdapters::searchMonth()
{
    QFETCH(QByteArray, date);
    QFETCH(QString, month);
    const QByteArray content = kSearchHeader + searchRow(date, "", "Arrest", "");
    const Run run =
        runBytes(*m_areas, u"policeuk.search"_s, content, u"2023-01-metropolitan-stop-and-search.csv"_s);
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.value(u"policeuk.search:all"_s, u"E23000001"_s, month), 1.0);
    QCOMPARE(run.value(u"policeuk.search:object:Not stated"_s, u"E23000001"_s, month), 1.0);
    QCOMPARE(run.value(u"policeuk.search:outcome:Arrest"_s, u"E23000001"_s, month), 1.0);
    QCOMPARE(run.value(u"policeuk.search:ethnicity:Not stated"_s, u"E23000001"_s, month), 1.0);
    QCOMPARE(run.ctx->observations().size(), 4);
}

void TestAdapters::searchForceFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("force");
    QTest::newRow("Met") << u"2023-01-metropolitan-stop-and-search.csv"_s << u"E23000001"_s;
    QTest::newRow("City") << u"2016-01-city-of-london-stop-and-search.csv"_s << u"E23000034"_s;
    QTest::newRow("City, with a folder")
        << u"/data/x/2016-01-city-of-london-stop-and-search.csv"_s << u"E23000034"_s;
    QTest::newRow("GMP") << u"2019-05-greater-manchester-stop-and-search.csv"_s << u"E23000005"_s;
    QTest::newRow("upper case") << u"2023-01-METROPOLITAN-STOP-AND-SEARCH.CSV"_s << u"E23000001"_s;
    QTest::newRow("a street file") << u"2023-01-metropolitan-street.csv"_s << QString();
    QTest::newRow("renamed") << u"stops.csv"_s << QString();
    QTest::newRow("unknown force") << u"2023-01-narnia-stop-and-search.csv"_s << QString();
    QTest::newRow("a borough is no force") << u"2023-01-camden-stop-and-search.csv"_s << QString();
}

void TestAdapters::searchForceFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, force);
    QCOMPARE(cw::PoliceUkSearchAdapter::forceFromFileName(fileName, *m_areas).value_or(QString()), force);
}

void TestAdapters::tidyFixture()
{
    const QByteArray content = "Value,Period,area,Indicator,unit,denominator,sample_size,notes\n"
                               "0.56,R12:2024-09,City of Westminster,pas.custom:Trust,percent,,400,any text\n"
                               "1234,2024/25,E23000001,ons.pfa:Burglary,,,,\n"
                               "12.5,2024-Q1,England & Wales,ons.pfa:Rate per 1000,rate,1000,,\n"
                               "-2.5,2024,camden,x.y:change,points,,,\n"
                               "3,2024-01,E09000007,x.y:days,days,,,\n"
                               "1234,2024/25,Metropolitan Police,ons.pfa:Burglary,count,,,same again\n";
    const Run run = runBytes(*m_areas, u"tidy"_s, content);
    QVERIFY2(run.ctx->issues().isEmpty(), qPrintable(issuesText(*run.ctx)));
    QCOMPARE(run.ctx->observations().size(), 5);
    const cw::ObservationSet &set = run.ctx->observations();
    const auto trust = set.value(u"pas.custom:Trust"_s, u"E09000033"_s, *cw::Period::parse(u"R12:2024-09"_s));
    QVERIFY(trust);
    QCOMPARE(trust->value, 0.56);
    QCOMPARE(trust->sampleSize, std::optional<qint64>(400));
    QCOMPARE(run.value(u"ons.pfa:Burglary"_s, u"E23000001"_s, u"2024/25"_s), 1234.0);
    const auto rate = set.value(u"ons.pfa:Rate per 1000"_s, u"K04000001"_s, cw::Period::quarter(2024, 1));
    QVERIFY(rate);
    QCOMPARE(rate->value, 12.5);
    QCOMPARE(rate->denominator, std::optional<double>(1000));
    QCOMPARE(run.value(u"x.y:change"_s, u"E09000007"_s, u"2024"_s), -2.5);
    QCOMPARE(run.value(u"x.y:days"_s, u"E09000007"_s, u"2024-01"_s), 3.0);

    struct Expected
    {
        QString key, category;
        cw::Unit unit;
        QString kind;
    };
    const QList<Expected> expected{
        {u"pas.custom:Trust"_s, u"Trust"_s, cw::Unit::Percent, u"proportion"_s},
        {u"ons.pfa:Burglary"_s, u"Burglary"_s, cw::Unit::Count, u"count"_s},
        {u"ons.pfa:Rate per 1000"_s, u"Rate per 1000"_s, cw::Unit::Rate, u"rate"_s},
        {u"x.y:change"_s, u"change"_s, cw::Unit::Points, u"points"_s},
        {u"x.y:days"_s, u"days"_s, cw::Unit::Days, u"days"_s},
    };
    QCOMPARE(set.indicators().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(set.indicators().at(i).key, expected.at(i).key);
        QCOMPARE(set.indicators().at(i).category, expected.at(i).category);
        QCOMPARE(set.indicators().at(i).unit, expected.at(i).unit);
        QCOMPARE(set.indicators().at(i).kind, expected.at(i).kind);
    }
}

QTEST_GUILESS_MAIN(TestAdapters)
#include "tst_adapters.moc"
