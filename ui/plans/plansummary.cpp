#include "plans/plansummary.h"

#include <optional>

#include <QLabel>
#include <QVBoxLayout>

#include "domain/period.h"
#include "models/planmodel.h"
#include "services/planservice.h"

namespace cw {

namespace {

QString countText(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

PlanSummary::PlanSummary(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("planSummary"));
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch();
}

void PlanSummary::describe(const PlanModel &model, const PlanService &service, const QModelIndex &index)
{
    if (!index.isValid()) {
        m_title->setText(tr("Nothing selected"));
        m_text->setText(tr("Select a plan, a priority or a measure in the list."));
        return;
    }
    const QModelIndex title = index.siblingAtColumn(PlanModel::TitleColumn);
    const QString code = model.data(index.siblingAtColumn(PlanModel::CodeColumn)).toString();
    const int children = model.rowCount(title);
    QStringList lines;
    if (model.kind(index) == PlanModel::NodeKind::Priority) {
        lines << tr("Priority %1").arg(code) << countText(children, tr("1 measure"), tr("%1 measures"))
              << QString() << tr("Select a measure to see and edit its definition, baseline and target.");
    } else {
        int measures = 0;
        for (int row = 0; row < children; ++row)
            measures += model.rowCount(model.index(row, 0, title));
        lines << tr("Plan %1").arg(code)
              << countText(children, tr("1 priority"), tr("%1 priorities")) + QStringLiteral(", ") +
                     countText(measures, tr("1 measure"), tr("%1 measures"));
        if (const Result<Plan> plan = service.plan(model.id(index)); plan) {
            const std::optional<Period> start = Period::parse(plan->startPeriod);
            const std::optional<Period> end = Period::parse(plan->endPeriod);
            if (start && end)
                lines << tr("Runs from %1 to %2").arg(start->label(), end->label());
            if (plan->builtin)
                lines << tr("Built-in plan: read-only");
            if (!plan->copiedFrom.isEmpty())
                lines << tr("Copied from %1").arg(plan->copiedFrom);
            if (!plan->aims.isEmpty())
                lines << QString() << tr("Aims:") << plan->aims;
        }
    }
    m_title->setText(model.data(title).toString());
    m_text->setText(lines.join(QLatin1Char('\n')));
}

} // namespace cw
