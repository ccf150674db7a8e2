#include "domain/pack.h"
#include "domain/stablename.h"

#include <QCoreApplication>

#include <array>

namespace cw {

namespace {

constexpr std::array kStatuses{PackStatus::Draft, PackStatus::InReview, PackStatus::Approved};
constexpr std::array kItemKinds{PackItemKind::Measure, PackItemKind::Narrative, PackItemKind::LinesOfEnquiry,
                                PackItemKind::ActionsCarriedForward};
constexpr std::array kChartKinds{ChartKind::Line, ChartKind::Bar, ChartKind::ControlChart, ChartKind::Table};
constexpr std::array kComparisons{PackComparison::Rolling12Months, PackComparison::QuarterOnYear,
                                  PackComparison::FinancialYear};

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Pack", text);
}

} // namespace

QString toName(PackStatus value)
{
    switch (value) {
    case PackStatus::Draft:
        return QStringLiteral("draft");
    case PackStatus::InReview:
        return QStringLiteral("in_review");
    case PackStatus::Approved:
        return QStringLiteral("approved");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(PackItemKind value)
{
    switch (value) {
    case PackItemKind::Measure:
        return QStringLiteral("measure");
    case PackItemKind::Narrative:
        return QStringLiteral("narrative");
    case PackItemKind::LinesOfEnquiry:
        return QStringLiteral("lines_of_enquiry");
    case PackItemKind::ActionsCarriedForward:
        return QStringLiteral("actions_carried_forward");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(ChartKind value)
{
    switch (value) {
    case ChartKind::Line:
        return QStringLiteral("line");
    case ChartKind::Bar:
        return QStringLiteral("bar");
    case ChartKind::ControlChart:
        return QStringLiteral("control_chart");
    case ChartKind::Table:
        return QStringLiteral("table");
    }
    Q_UNREACHABLE();
    return {};
}

QString toName(PackComparison value)
{
    switch (value) {
    case PackComparison::Rolling12Months:
        return QStringLiteral("rolling_12_months");
    case PackComparison::QuarterOnYear:
        return QStringLiteral("quarter_on_year");
    case PackComparison::FinancialYear:
        return QStringLiteral("financial_year");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PackStatus> packStatusFromName(const QString &name)
{
    return fromStableName(kStatuses, name);
}

std::optional<PackItemKind> packItemKindFromName(const QString &name)
{
    return fromStableName(kItemKinds, name);
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    return fromStableName(kChartKinds, name);
}

std::optional<PackComparison> packComparisonFromName(const QString &name)
{
    return fromStableName(kComparisons, name);
}

QString displayName(PackStatus value)
{
    switch (value) {
    case PackStatus::Draft:
        return tr("Draft");
    case PackStatus::InReview:
        return tr("In review");
    case PackStatus::Approved:
        return tr("Approved");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(PackItemKind value)
{
    switch (value) {
    case PackItemKind::Measure:
        return tr("Measure");
    case PackItemKind::Narrative:
        return tr("Narrative");
    case PackItemKind::LinesOfEnquiry:
        return tr("Key lines of enquiry");
    case PackItemKind::ActionsCarriedForward:
        return tr("Actions carried forward");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(ChartKind value)
{
    switch (value) {
    case ChartKind::Line:
        return tr("Line chart");
    case ChartKind::Bar:
        return tr("Bar chart");
    case ChartKind::ControlChart:
        return tr("Control chart");
    case ChartKind::Table:
        return tr("Table");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(PackComparison value)
{
    switch (value) {
    case PackComparison::Rolling12Months:
        return tr("Rolling 12 months against the previous 12");
    case PackComparison::QuarterOnYear:
        return tr("Latest quarter against the same quarter a year earlier");
    case PackComparison::FinancialYear:
        return tr("Financial year against the previous financial year");
    }
    Q_UNREACHABLE();
    return {};
}

PackItem narrativeItem(const QString &title, const QString &html, Visibility visibility)
{
    PackItem item;
    item.kind = PackItemKind::Narrative;
    item.title = title;
    item.body = html;
    item.visibility = visibility;
    return item;
}

LineOfEnquiry lineOfEnquiry(const QString &question, const QString &measureCode, Visibility visibility)
{
    LineOfEnquiry line;
    line.question = question;
    line.measureCode = measureCode;
    line.visibility = visibility;
    return line;
}

} // namespace cw
