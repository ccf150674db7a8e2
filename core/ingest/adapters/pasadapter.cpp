#include "ingest/adapters/pasadapter.h"

#include "ingest/byteview.h"
#include "domain/area.h"
#include "domain/period.h"
#include "ingest/arearesolver.h"
#include "ingest/csvreader.h"
#include "ingest/importcontext.h"
#include "ingest/numbers.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::PasAdapter", text);
}

enum Column { DateColumn = 0, SurveyColumn, BoroughColumn, MeasureColumn, ProportionColumn };

const QString kForce = QStringLiteral("E23000001");

// The extracts write decimal commas ("0,56"); a decimal point is read too, as there is no
// thousands separator to confuse it with in a proportion.
std::optional<double> parseProportion(std::string_view text)
{
    return numbers::parseDecimal(text, text.find(',') != std::string_view::npos);
}

// "31/12/2014" or "30/6/2015": the last day of a calendar quarter, which ends a rolling year.
Period quarterEnd(const QString &text)
{
    const QDate date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    if (!date.isValid() || date.month() % 3 != 0 || date.day() != date.daysInMonth())
        return {};
    return Period::rolling12(date.year(), date.month());
}

} // namespace

PasAdapter::PasAdapter() = default;
PasAdapter::~PasAdapter() = default;

QString PasAdapter::name() const
{
    return QStringLiteral("pas");
}

QString PasAdapter::title() const
{
    return tr("MOPAC Public Attitude Survey");
}

QString PasAdapter::sourceCode() const
{
    return QStringLiteral("mopac-pas");
}

QString PasAdapter::sourceName() const
{
    return QStringLiteral("MOPAC Public Attitude Survey");
}

QString PasAdapter::licence() const
{
    return QStringLiteral("MOPAC via the London Datastore, Open Government Licence");
}

bool PasAdapter::accepts(const QStringList &header) const
{
    static const QStringList columns{QStringLiteral("Date"), QStringLiteral("Survey"),
                                     QStringLiteral("Borough"), QStringLiteral("Measure"),
                                     QStringLiteral("Proportion")};
    return header.size() >= columns.size() && header.first(columns.size()) == columns;
}

bool PasAdapter::begin(const QStringList &header, ImportContext &ctx)
{
    if (!accepts(header)) {
        ctx.fail(1, 0,
                 tr("The file does not start with the columns Date, Survey, Borough, Measure, Proportion."));
        return false;
    }
    m_header = header;
    m_mpsColumn =
        header.size() > ProportionColumn + 1 && header.at(ProportionColumn + 1) == QLatin1String("MPS")
            ? ProportionColumn + 1
            : -1;
    return true;
}

// Boroughs (under any of their names) and the force itself; "Unknown" or an airport is no
// place a survey reports on.
const QString &PasAdapter::areaFor(std::string_view borough, const ImportContext &ctx)
{
    const QByteArray key = byteView(borough);
    if (const auto it = m_areas.constFind(key); it != m_areas.constEnd())
        return *it;
    const Area *area = ctx.areas().find(QString::fromUtf8(key));
    const bool known = area && (area->kind == AreaKind::LocalAuthority || area->kind == AreaKind::Force);
    return *m_areas.insert(QByteArray(key.constData(), key.size()), known ? area->code : QString());
}

void PasAdapter::record(const CsvReader &row, ImportContext &ctx)
{
    const Period period = quarterEnd(row.text(DateColumn));
    if (!period.isValid()) {
        ctx.reject(
            row.line(), DateColumn + 1,
            tr("\"Date\" is not the last day of a quarter (expected d/M/yyyy, e.g. 31/12/2014): \"%1\"")
                .arg(row.text(DateColumn)));
        return;
    }
    const QString &area = areaFor(row.bytes(BoroughColumn), ctx);
    if (area.isEmpty()) {
        ctx.reject(
            row.line(), BoroughColumn + 1,
            tr("\"Borough\" names no borough the Workbench knows: \"%1\"").arg(row.text(BoroughColumn)));
        return;
    }
    if (row.isEmpty(MeasureColumn)) {
        ctx.reject(row.line(), MeasureColumn + 1, tr("\"Measure\" is empty."));
        return;
    }
    const QString measure = row.text(MeasureColumn);
    const QString key = QStringLiteral("pas:") + measure;

    // The values this row gives, each checked (range, and agreement with earlier rows) before
    // either is kept.
    struct Cell
    {
        QString area;
        double value;
    };
    Cell cells[2];
    int count = 0;
    for (const int column : {int(ProportionColumn), m_mpsColumn}) {
        if (column < 0)
            continue;
        if (column == m_mpsColumn && row.isEmpty(column))
            continue; // the force-wide value is optional
        if (row.isEmpty(column)) {
            ctx.reject(row.line(), column + 1, tr("\"%1\" is empty.").arg(m_header.at(column)));
            return;
        }
        const auto value = parseProportion(row.bytes(column));
        if (!value || *value < 0 || *value > 1) {
            ctx.reject(row.line(), column + 1,
                       tr("\"%1\" is not a proportion between 0 and 1: \"%2\"")
                           .arg(m_header.at(column), row.text(column)));
            return;
        }
        const QString &cellArea = column == ProportionColumn ? area : kForce;
        const auto earlier = ctx.observations().value(key, cellArea, period);
        if (earlier && earlier->value != *value) {
            ctx.reject(
                row.line(), column + 1,
                tr("\"%1\" is a duplicate of an earlier row for the same area, measure and date with a "
                   "different value (%2 here, %3 before).")
                    .arg(m_header.at(column))
                    .arg(*value)
                    .arg(earlier->value));
            return;
        }
        // A row for "MPS" itself in a file with the "MPS" column names the same cell twice.
        if (count == 1 && cells[0].area == cellArea && cells[0].value != *value) {
            ctx.reject(row.line(), column + 1,
                       tr("\"%1\" differs from \"Proportion\" for the same area.").arg(m_header.at(column)));
            return;
        }
        cells[count++] = Cell{cellArea, *value};
    }

    ObservationSet &set = ctx.observations();
    const int indicator = set.indicator(key, measure, Unit::Percent, QStringLiteral("proportion"));
    for (int i = 0; i < count; ++i)
        set.set(indicator, set.area(cells[i].area), period, {cells[i].value, {}, {}});
}

void PasAdapter::finish(ImportContext &) {}

} // namespace cw
