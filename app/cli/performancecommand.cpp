#include "performancecommand.h"

#include <cmath>

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include "domain/period.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

QString planOption()
{
    return QStringLiteral("plan");
}

QString areaOption()
{
    return QStringLiteral("area");
}

QString asOfOption()
{
    return QStringLiteral("as-of");
}

QString jsonOption()
{
    return QStringLiteral("json");
}

QString timingOption()
{
    return QStringLiteral("timing");
}

// The Metropolitan Police force area.
QString defaultArea()
{
    return QStringLiteral("E23000001");
}

bool isMonthKey(const QString &text)
{
    static const QRegularExpression monthKey(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!monthKey.match(text).hasMatch())
        return false;
    const std::optional<Period> period = Period::parse(text);
    return period && period->kind() == Period::Kind::Month;
}

} // namespace

QList<QCommandLineOption> PerformanceCommand::options() const
{
    QCommandLineOption timing(timingOption(), tr("Write the time the computation took to standard error"));
    timing.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        QCommandLineOption(planOption(), tr("The plan's code (default: the newest built-in plan)"),
                           QStringLiteral("CODE")),
        QCommandLineOption(asOfOption(), tr("Ignore data after this month"), QStringLiteral("YYYY-MM")),
        QCommandLineOption(
            areaOption(),
            tr("The area's GSS code (default %1, the Metropolitan Police force area)").arg(defaultArea()),
            QStringLiteral("CODE"), defaultArea()),
        QCommandLineOption(jsonOption(), tr("Write JSON to standard output")),
        timing,
    };
}

QString PerformanceCommand::checkArguments(const QCommandLineParser &parser) const
{
    if (parser.isSet(asOfOption()) && !isMonthKey(parser.value(asOfOption()).trimmed()))
        return tr("--as-of '%1' is not a month (e.g. 2025-02)").arg(parser.value(asOfOption()));
    if (parser.isSet(planOption()) && parser.value(planOption()).trimmed().isEmpty())
        return tr("--plan needs a code");
    if (parser.value(areaOption()).trimmed().isEmpty())
        return tr("--area needs a GSS code");
    return {};
}

std::optional<PerformanceCommand::Context> PerformanceCommand::open(const QCommandLineParser &parser,
                                                                    QTextStream &err)
{
    const QString path = parser.positionalArguments().constFirst();
    Context context;
    context.workspace = openWorkspace(path, err);
    if (!context.workspace)
        return std::nullopt;

    const Result<QList<Plan>> plans = context.workspace->plans().plans();
    if (!plans) {
        reportError(err, plans.error(), path);
        return std::nullopt;
    }
    if (plans->isEmpty()) {
        reportError(err, Error{tr("%1 has no plans.").arg(path)});
        return std::nullopt;
    }
    const QString wanted = parser.value(planOption()).trimmed();
    if (wanted.isEmpty()) {
        context.plan = plans->constFirst();
    } else {
        QStringList codes;
        for (const Plan &plan : plans.value()) {
            codes << plan.code;
            if (plan.code.compare(wanted, Qt::CaseInsensitive) == 0)
                context.plan = plan;
        }
        if (context.plan.code.isEmpty()) {
            reportError(err, Error{tr("%1 has no plan %2 (plans: %3).")
                                       .arg(path, wanted, codes.join(QStringLiteral(", ")))});
            return std::nullopt;
        }
    }
    context.options.planCode = context.plan.code;
    context.options.areaCode = parser.value(areaOption()).trimmed();
    context.options.asOf = parser.value(asOfOption()).trimmed();
    return context;
}

bool PerformanceCommand::wantsJson(const QCommandLineParser &parser)
{
    return parser.isSet(jsonOption());
}

bool PerformanceCommand::wantsTiming(const QCommandLineParser &parser)
{
    return parser.isSet(timingOption());
}

void PerformanceCommand::reportTiming(const QCommandLineParser &parser, QTextStream &err, qint64 nanoseconds)
{
    if (!wantsTiming(parser))
        return;
    err << QStringLiteral("timing: ") << QString::number(static_cast<double>(nanoseconds) / 1e6, 'f', 3)
        << QStringLiteral(" ms") << Qt::endl;
}

QString PerformanceCommand::formatValue(const std::optional<double> &value, Unit unit)
{
    static const QLocale ukEnglish(QLocale::English, QLocale::UnitedKingdom);
    if (!value || !std::isfinite(*value))
        return QStringLiteral("–");
    const double v = *value;
    switch (unit) {
    case Unit::Percent:
        return ukEnglish.toString(v, 'f', 1) + QLatin1Char('%');
    case Unit::Money:
        return QStringLiteral("£") + ukEnglish.toString(v, 'f', std::abs(v) >= 1000 ? 0 : 2);
    case Unit::Count:
    case Unit::Points:
    case Unit::Days:
    case Unit::Rate:
        break;
    }
    const bool whole = std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15;
    return ukEnglish.toString(v, 'f', whole ? 0 : 1);
}

} // namespace cw
