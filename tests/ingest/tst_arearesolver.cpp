#include "ingest/arearesolver.h"

#include <memory>

#include <QTest>

#include "reference/referencedata.h"

using cw::Area;
using cw::AreaResolver;
using namespace Qt::StringLiterals;

namespace {

// A marker no area has as its code, so that a failed comparison prints both sides.
const QString kNone = u"<none>"_s;

QString resolved(const AreaResolver &resolver, const QString &text)
{
    return resolver.resolve(text).value_or(kNone);
}

} // namespace

class TestAreaResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void normalise_data();
    void normalise();
    void londonBoroughs_data();
    void londonBoroughs();
    void writtenVariants_data();
    void writtenVariants();
    void unknownText_data();
    void unknownText();
    void findGivesTheArea();
    void nameWinsOverAnotherAreasAlias();
    void ambiguousAliasResolvesToNothing();
    void emptyList();

private:
    std::unique_ptr<AreaResolver> m_resolver;
};

void TestAreaResolver::initTestCase()
{
    const QList<Area> areas = cw::ReferenceData::areas();
    QVERIFY2(areas.size() >= 33, "the shipped area list should hold at least the 33 London boroughs");
    m_resolver = std::make_unique<AreaResolver>(areas);
}

void TestAreaResolver::normalise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("upper case") << u"KINGSTON UPON THAMES"_s << u"kingston upon thames"_s;
    QTest::newRow("ampersand") << u"Hammersmith & Fulham"_s << u"hammersmith and fulham"_s;
    QTest::newRow("ampersand unspaced") << u"E&W"_s << u"e and w"_s;
    QTest::newRow("spaces") << u"  Barking  and\tDagenham "_s << u"barking and dagenham"_s;
    QTest::newRow("hyphens") << u"Barking-and-Dagenham"_s << u"barking and dagenham"_s;
    QTest::newRow("en dash") << u"Kensington \u2013 Chelsea"_s << u"kensington chelsea"_s;
    QTest::newRow("comma") << u"London, City of"_s << u"london city of"_s;
    QTest::newRow("full stops") << u"St. Helens."_s << u"st helens"_s;
    QTest::newRow("apostrophe") << u"King's Lynn"_s << u"king s lynn"_s;
    QTest::newRow("typographic apostrophe") << u"King\u2019s Lynn"_s << u"king s lynn"_s;
    QTest::newRow("non-breaking space") << u"Tower\u00A0Hamlets"_s << u"tower hamlets"_s;
    QTest::newRow("other punctuation kept") << u"London (MPS)"_s << u"london (mps)"_s;
    QTest::newRow("only punctuation") << u" - , . "_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestAreaResolver::normalise()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(AreaResolver::normalise(text), expected);
}

void TestAreaResolver::londonBoroughs_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    // Written out rather than read from the reference file, so that a wrong file fails here.
    const QStringList names{
        u"City of London"_s,
        u"Barking and Dagenham"_s,
        u"Barnet"_s,
        u"Bexley"_s,
        u"Brent"_s,
        u"Bromley"_s,
        u"Camden"_s,
        u"Croydon"_s,
        u"Ealing"_s,
        u"Enfield"_s,
        u"Greenwich"_s,
        u"Hackney"_s,
        u"Hammersmith and Fulham"_s,
        u"Haringey"_s,
        u"Harrow"_s,
        u"Havering"_s,
        u"Hillingdon"_s,
        u"Hounslow"_s,
        u"Islington"_s,
        u"Kensington and Chelsea"_s,
        u"Kingston upon Thames"_s,
        u"Lambeth"_s,
        u"Lewisham"_s,
        u"Merton"_s,
        u"Newham"_s,
        u"Redbridge"_s,
        u"Richmond upon Thames"_s,
        u"Southwark"_s,
        u"Sutton"_s,
        u"Tower Hamlets"_s,
        u"Waltham Forest"_s,
        u"Wandsworth"_s,
        u"Westminster"_s,
    };
    QCOMPARE(names.size(), 33);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString code = u"E090000"_s + QString::number(i + 1).rightJustified(2, u'0');
        QTest::newRow(qUtf8Printable(names.at(i))) << code << names.at(i);
    }
}

void TestAreaResolver::londonBoroughs()
{
    QFETCH(QString, code);
    QFETCH(QString, name);

    QCOMPARE(resolved(*m_resolver, code), code);
    QCOMPARE(resolved(*m_resolver, code.toLower()), code);
    QCOMPARE(resolved(*m_resolver, name), code);
    QCOMPARE(resolved(*m_resolver, name.toUpper()), code);
    QCOMPARE(resolved(*m_resolver, name.toLower()), code);

    const Area *area = m_resolver->find(code);
    QVERIFY(area);
    QCOMPARE(area->name, name);
    QCOMPARE(area->kind, cw::AreaKind::LocalAuthority);
}

void TestAreaResolver::writtenVariants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("upper case") << u"KINGSTON UPON THAMES"_s << u"E09000021"_s;
    QTest::newRow("title case") << u"Kingston Upon Thames"_s << u"E09000021"_s;
    QTest::newRow("alias Kingston") << u"Kingston"_s << u"E09000021"_s;
    QTest::newRow("Royal Borough") << u"Royal Borough of Kingston upon Thames"_s << u"E09000021"_s;
    QTest::newRow("City of Westminster") << u"City of Westminster"_s << u"E09000033"_s;
    QTest::newRow("ampersand") << u"Hammersmith & Fulham"_s << u"E09000013"_s;
    QTest::newRow("ampersand upper case") << u"HAMMERSMITH & FULHAM"_s << u"E09000013"_s;
    QTest::newRow("Kensington & Chelsea") << u"Kensington & Chelsea"_s << u"E09000020"_s;
    QTest::newRow("RBKC") << u"Royal Borough of Kensington and Chelsea"_s << u"E09000020"_s;
    QTest::newRow("Royal Borough of Greenwich") << u"Royal Borough of Greenwich"_s << u"E09000011"_s;
    QTest::newRow("lower-case code") << u"e09000007"_s << u"E09000007"_s;
    QTest::newRow("code with spaces") << u" E09000007 "_s << u"E09000007"_s;
    QTest::newRow("extra spaces") << u"  Barking  and Dagenham "_s << u"E09000002"_s;
    QTest::newRow("hyphenated") << u"Barking-and-Dagenham"_s << u"E09000002"_s;
    QTest::newRow("Richmond upon Thames") << u"Richmond upon Thames"_s << u"E09000027"_s;
    QTest::newRow("RICHMOND UPON THAMES") << u"RICHMOND UPON THAMES"_s << u"E09000027"_s;
    QTest::newRow("Richmond") << u"Richmond"_s << u"E09000027"_s;
    QTest::newRow("City of London") << u"City of London"_s << u"E09000001"_s;
    QTest::newRow("City of London Police") << u"City of London Police"_s << u"E23000034"_s;
    QTest::newRow("London, City of") << u"London, City of"_s << u"E23000034"_s;
    QTest::newRow("Met") << u"Metropolitan Police Service"_s << u"E23000001"_s;
    QTest::newRow("MPS") << u"MPS"_s << u"E23000001"_s;
    QTest::newRow("England and Wales") << u"England and Wales"_s << u"K04000001"_s;
    QTest::newRow("E&W") << u"E&W"_s << u"K04000001"_s;
    QTest::newRow("comparator force") << u"Greater Manchester"_s << u"E23000005"_s;
    QTest::newRow("Unknown") << u"Unknown"_s << u"unallocated"_s;
    QTest::newRow("UNALLOCATED") << u"UNALLOCATED"_s << u"unallocated"_s;
    QTest::newRow("No location") << u"No location"_s << u"unallocated"_s;
    QTest::newRow("airports") << u"London Heathrow and London City Airports"_s << u"heathrow-city-airports"_s;
    QTest::newRow("airports ampersand")
        << u"London Heathrow & London City Airports"_s << u"heathrow-city-airports"_s;
    QTest::newRow("Heathrow") << u"Heathrow"_s << u"heathrow-city-airports"_s;
}

void TestAreaResolver::writtenVariants()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(resolved(*m_resolver, text), code);
}

void TestAreaResolver::unknownText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("Atlantis") << u"Atlantis"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("punctuation") << u" - & "_s;
    QTest::newRow("misspelt") << u"Kingston upon Thame"_s;
    QTest::newRow("words reordered") << u"Westminster City"_s;
    QTest::newRow("part of a name") << u"Barking and"_s;
    QTest::newRow("London") << u"London"_s;
    QTest::newRow("short code") << u"E0900007"_s;
    QTest::newRow("next code") << u"E09000034"_s;
    QTest::newRow("code with suffix") << u"E09000007X"_s;
    QTest::newRow("code with inner space") << u"E09 000007"_s;
}

void TestAreaResolver::unknownText()
{
    QFETCH(QString, text);
    QCOMPARE(resolved(*m_resolver, text), kNone);
    QVERIFY(!m_resolver->resolve(text).has_value());
    QVERIFY(!m_resolver->find(text));
}

void TestAreaResolver::findGivesTheArea()
{
    const Area *area = m_resolver->find(u"Hammersmith & Fulham"_s);
    QVERIFY(area);
    QCOMPARE(area->code, u"E09000013"_s);
    QCOMPARE(area->name, u"Hammersmith and Fulham"_s);
    QCOMPARE(area->kind, cw::AreaKind::LocalAuthority);

    const Area *unallocated = m_resolver->find(u"unknown"_s);
    QVERIFY(unallocated);
    QCOMPARE(unallocated->kind, cw::AreaKind::Unallocated);
}

void TestAreaResolver::nameWinsOverAnotherAreasAlias()
{
    Area town;
    town.code = u"X1"_s;
    town.name = u"Northtown"_s;
    town.aliases = {u"North"_s};
    Area north;
    north.code = u"X2"_s;
    north.name = u"North"_s;
    // Listed after the area whose alias it shares, so the order of the list cannot decide.
    const AreaResolver resolver({town, north});

    QCOMPARE(resolved(resolver, u"north"_s), u"X2"_s);
    QCOMPARE(resolved(resolver, u"NORTHTOWN"_s), u"X1"_s);
}

void TestAreaResolver::ambiguousAliasResolvesToNothing()
{
    Area east;
    east.code = u"Y1"_s;
    east.name = u"East Riding"_s;
    east.aliases = {u"Riding"_s};
    Area west;
    west.code = u"Y2"_s;
    west.name = u"West Riding"_s;
    west.aliases = {u"riding"_s, u"W. Riding"_s};
    const AreaResolver resolver({east, west});

    QCOMPARE(resolved(resolver, u"Riding"_s), kNone);
    QCOMPARE(resolved(resolver, u"East Riding"_s), u"Y1"_s);
    QCOMPARE(resolved(resolver, u"W Riding"_s), u"Y2"_s);
    QCOMPARE(resolved(resolver, u"y2"_s), u"Y2"_s);
}

void TestAreaResolver::emptyList()
{
    const AreaResolver resolver(QList<Area>{});
    QCOMPARE(resolved(resolver, u"Camden"_s), kNone);
    QVERIFY(!resolver.find(u"E09000007"_s));
}

QTEST_GUILESS_MAIN(TestAreaResolver)
#include "tst_arearesolver.moc"
