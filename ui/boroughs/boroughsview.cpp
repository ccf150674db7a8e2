#include "boroughs/boroughsview.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "boroughs/boroughsmallmultiples.h"
#include "boroughs/boroughtilemap.h"
#include "charts/funnelchart.h"
#include "models/boroughmodel.h"
#include "models/measureformat.h"
#include "services/boroughservice.h"
#include "services/importservice.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

constexpr int kFirstYear = 2011;
constexpr int kCurvePoints = 80;

FunnelChart::Group groupOf(Funnel::Position position)
{
    switch (position) {
    case Funnel::Position::Above998:
    case Funnel::Position::Below998:
        return FunnelChart::Group::Outer998;
    case Funnel::Position::Above95:
    case Funnel::Position::Below95:
        return FunnelChart::Group::Outer95;
    case Funnel::Position::Within:
        break;
    }
    return FunnelChart::Group::Within;
}

} // namespace

BoroughsView::BoroughsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("boroughsView"));
    m_model = new BoroughModel(this);
    m_selection = new QItemSelectionModel(m_model, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BoroughModel::SortRole);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("boroughsMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("boroughTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BoroughModel::BoroughColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_map = new BoroughTileMap(this);
    m_map->setModel(m_model, m_selection);
    m_multiples = new BoroughSmallMultiples(this);
    m_multiples->setModel(m_model, m_selection);
    auto *multiplesScroll = new QScrollArea(this);
    multiplesScroll->setWidget(m_multiples);
    multiplesScroll->setWidgetResizable(true);
    multiplesScroll->setFrameShape(QFrame::NoFrame);

    m_funnel = new FunnelChart(this);
    m_funnel->setObjectName(QStringLiteral("boroughFunnel"));
    m_funnelEmpty = new QLabel(this);
    m_funnelEmpty->setObjectName(QStringLiteral("funnelEmpty"));
    m_funnelEmpty->setWordWrap(true);
    m_funnelEmpty->setAlignment(Qt::AlignCenter);
    m_funnelEmpty->setMargin(24);
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_funnelEmpty);
    auto *importButton = new QPushButton(tr("Import files…"), emptyPage);
    importButton->setObjectName(QStringLiteral("importPopulationButton"));
    emptyLayout->addWidget(importButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    connect(importButton, &QPushButton::clicked, this, &BoroughsView::importRequested);
    m_funnelStack = new QStackedWidget(this);
    m_funnelStack->addWidget(m_funnel);
    m_funnelStack->addWidget(emptyPage);
    m_funnelNote = new QLabel(this);
    m_funnelNote->setObjectName(QStringLiteral("funnelNote"));
    m_funnelNote->setWordWrap(true);
    auto *funnelPanel = new QWidget(this);
    auto *funnelLayout = new QVBoxLayout(funnelPanel);
    funnelLayout->setContentsMargins(0, 0, 0, 0);
    funnelLayout->addWidget(m_funnelStack, 1);
    funnelLayout->addWidget(m_funnelNote);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_map);
    left->addWidget(m_table);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    left->setSizes({340, 460});
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(funnelPanel);
    right->addWidget(multiplesScroll);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 640});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createBar());
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BoroughsView::tableCurrentChanged);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &BoroughsView::sharedCurrentChanged);
    connect(m_funnel, &FunnelChart::pointClicked, this, &BoroughsView::selectBorough);

    connect(&workspace.imports(), &ImportService::batchAdded, this, &BoroughsView::reload);
    connect(&workspace.imports(), &ImportService::batchRemoved, this, &BoroughsView::reload);
    const PlanService *plans = &workspace.plans();
    connect(plans, &PlanService::measureChanged, this, &BoroughsView::reload);
    const auto plansChanged = [this] {
        fillPlans();
        reload();
    };
    connect(plans, &PlanService::planInserted, this, plansChanged);
    connect(plans, &PlanService::planRemoved, this, plansChanged);
    connect(plans, &PlanService::measureInserted, this, plansChanged);
    connect(plans, &PlanService::measureRemoved, this, plansChanged);

    if (const auto areas = workspace.boroughs().boroughs())
        m_map->setAreas(*areas);
    fillPlans();
    reload();
}

BoroughsView::~BoroughsView()
{
    m_workspace.imports().disconnect(this);
    m_workspace.plans().disconnect(this);
}

QWidget *BoroughsView::createBar()
{
    auto *bar = new QWidget(this);
    m_plan = new QComboBox(bar);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_measure = new QComboBox(bar);
    m_measure->setObjectName(QStringLiteral("measureCombo"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_asOf = new QComboBox(bar);
    m_asOf->setObjectName(QStringLiteral("asOfCombo"));
    fillAsOf();
    m_colouring = new QComboBox(bar);
    m_colouring->setObjectName(QStringLiteral("colouringCombo"));
    m_colouring->addItem(tr("Status"), int(BoroughTileMap::Colouring::Status));
    m_colouring->addItem(tr("Rate per 1,000"), int(BoroughTileMap::Colouring::Rate));
    m_colouring->addItem(tr("Change"), int(BoroughTileMap::Colouring::Change));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    add(tr("&Plan:"), m_plan);
    add(tr("&Measure:"), m_measure);
    add(tr("As &of:"), m_asOf);
    add(tr("&Colour map by:"), m_colouring);
    layout->addStretch();

    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        fillMeasures();
        reload();
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, &BoroughsView::reload);
    connect(m_asOf, &QComboBox::currentIndexChanged, this, &BoroughsView::reload);
    connect(m_colouring, &QComboBox::currentIndexChanged, this, [this] {
        m_map->setColouring(static_cast<BoroughTileMap::Colouring>(m_colouring->currentData().toInt()));
    });
    return bar;
}

void BoroughsView::fillPlans()
{
    const QString current = m_plan->currentData().toString();
    {
        const QSignalBlocker blocker(m_plan);
        m_plan->clear();
        if (const auto plans = m_workspace.plans().plans()) {
            for (const Plan &plan : *plans)
                m_plan->addItem(tr("%1 — %2").arg(plan.code, plan.title), plan.code);
        }
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(current)));
    }
    fillMeasures();
}

void BoroughsView::fillMeasures()
{
    const QString current = m_measure->currentData().toString();
    const QSignalBlocker blocker(m_measure);
    m_measure->clear();
    const QString planCode = m_plan->currentData().toString();
    if (const auto plans = m_workspace.plans().plans()) {
        for (const Plan &plan : *plans) {
            if (plan.code != planCode)
                continue;
            for (const Priority &priority : plan.priorities) {
                for (const Measure &m : priority.measures)
                    m_measure->addItem(tr("%1 — %2").arg(m.code, m.title), m.code);
            }
        }
    }
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(current)));
}

void BoroughsView::fillAsOf()
{
    m_asOf->addItem(tr("Latest data"), QString());
    const QDate today = QDate::currentDate();
    for (QDate month(today.year(), today.month(), 1); month >= QDate(kFirstYear, 4, 1);
         month = month.addMonths(-1))
        m_asOf->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")),
                        month.toString(QStringLiteral("yyyy-MM")));
    m_asOf->setMaxVisibleItems(18);
}

void BoroughsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadNow();
}

void BoroughsView::reload()
{
    m_stale = true;
    if (isVisible())
        reloadNow();
}

void BoroughsView::reloadNow()
{
    m_stale = false;
    const QString selected = currentBorough();
    const QString measure = m_measure->currentData().toString();
    m_message->setVisible(false);
    if (measure.isEmpty()) {
        m_model->clear();
        m_message->setText(tr("This plan has no measures."));
        m_message->setVisible(true);
        showFunnel();
        return;
    }
    ScorecardOptions options;
    options.planCode = m_plan->currentData().toString();
    options.asOf = m_asOf->currentData().toString();
    const Result<BoroughComparison> result = m_workspace.boroughs().compare(measure, options);
    if (!result) {
        m_model->clear();
        m_message->setText(result.error().message);
        m_message->setVisible(true);
    } else {
        m_model->setComparison(*result);
        if (result->rows.isEmpty()) {
            m_message->setText(tr("No borough has data for %1. Import the published figures "
                                  "(File ▸ Import files…) to compare the boroughs.")
                                   .arg(result->measure.title));
            m_message->setVisible(true);
        }
    }
    // Population and rate columns only mean something for counts.
    const bool rates = m_model->comparison().basis == BoroughComparison::Basis::Rate;
    m_table->setColumnHidden(BoroughModel::PopulationColumn, !rates);
    m_table->setColumnHidden(BoroughModel::RateColumn, !rates);
    m_table->resizeColumnsToContents();
    showFunnel();
    if (!selectBorough(selected) && m_model->rowCount() > 0)
        selectBorough(m_model->borough(m_proxy->mapToSource(m_proxy->index(0, 0)).row()).code);
}

QString BoroughsView::funnelMessage() const
{
    return m_funnelStack->currentIndex() == 1 ? m_funnelEmpty->text() : m_funnelNote->text();
}

void BoroughsView::showFunnel()
{
    const BoroughComparison &c = m_model->comparison();
    const bool populationNeeded = c.basis == BoroughComparison::Basis::Rate && c.populationMissing;
    m_funnelStack->widget(1)->findChild<QPushButton *>()->setVisible(populationNeeded);
    if (!c.funnel.valid) {
        m_funnel->clear();
        m_funnelEmpty->setText(c.rows.isEmpty() ? tr("No borough has data for this measure.") : c.funnelNote);
        m_funnelStack->setCurrentIndex(1);
        m_funnelNote->setText(c.populationNote);
        return;
    }
    const bool rate = c.basis == BoroughComparison::Basis::Rate;
    const double scale = rate ? 1.0 : 100.0; // proportions are shown as percentages
    FunnelChart::Data chart;
    chart.title = rate ? tr("%1 per 1,000 residents, %2").arg(c.measure.title, c.latestPeriod->label())
                       : tr("%1, %2").arg(c.measure.title, c.latestPeriod->label());
    // Residents in thousands, so that the axis labels stay short.
    const double xScale = rate ? 1000.0 : 1.0;
    chart.xTitle = rate ? tr("Residents, thousands (mid-year estimate)") : tr("Survey base (interviews)");
    chart.yTitle = rate ? tr("Per 1,000") : tr("Per cent");
    chart.decimals = rate ? rateDecimals(c) - 1 : 1;
    chart.target = c.funnel.target * scale;
    chart.targetName =
        rate ? tr("London rate (%1)").arg(QLocale().toString(chart.target, 'f', rateDecimals(c)))
             : tr("London (%1%)").arg(QLocale().toString(chart.target, 'f', 1));
    double lo = std::numeric_limits<double>::max();
    double hi = 0;
    for (const Funnel::Point &p : c.funnel.points) {
        lo = std::min(lo, p.exposure);
        hi = std::max(hi, p.exposure);
        QString name = p.code;
        for (const BoroughRow &row : c.rows) {
            if (row.code == p.code)
                name = row.name;
        }
        chart.points.append(
            {p.code, name, QPointF(p.exposure / xScale, p.value * scale), groupOf(p.position)});
    }
    lo *= 0.85;
    hi *= 1.08;
    for (int i = 0; i <= kCurvePoints; ++i) {
        const double n = lo + (hi - lo) * double(i) / kCurvePoints;
        chart.inner.lower.append({n / xScale, c.funnel.limit(n, 0.95, false) * scale});
        chart.inner.upper.append({n / xScale, c.funnel.limit(n, 0.95, true) * scale});
        chart.outer.lower.append({n / xScale, c.funnel.limit(n, 0.998, false) * scale});
        chart.outer.upper.append({n / xScale, c.funnel.limit(n, 0.998, true) * scale});
    }
    m_funnel->setData(chart);
    m_funnel->setSelected(currentBorough());
    m_funnelStack->setCurrentIndex(0);
    int exceptions = 0;
    for (const Funnel::Point &p : c.funnel.points)
        exceptions += Funnel::isException(p.position) ? 1 : 0;
    QStringList notes{
        tr("Exceptions (outside the 95% limits): %1 of %2.").arg(exceptions).arg(c.funnel.points.size()),
        c.funnelNote};
    if (!c.populationNote.isEmpty())
        notes.append(c.populationNote);
    m_funnelNote->setText(notes.join(u' '));
}

QString BoroughsView::currentBorough() const
{
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() ? current.data(BoroughModel::CodeRole).toString() : QString();
}

bool BoroughsView::selectPlan(const QString &planCode)
{
    const int index = m_plan->findData(planCode);
    if (index < 0)
        return false;
    m_plan->setCurrentIndex(index);
    return true;
}

bool BoroughsView::selectMeasure(const QString &measureCode)
{
    const int index = m_measure->findData(measureCode);
    if (index < 0)
        return false;
    m_measure->setCurrentIndex(index);
    return true;
}

bool BoroughsView::selectBorough(const QString &code)
{
    const int row = code.isEmpty() ? -1 : m_model->rowOf(code);
    if (row < 0)
        return false;
    m_selection->setCurrentIndex(m_model->index(row, 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

// The table sorts through a proxy, so it has a selection model of its own; the two are kept
// in step here, in both directions, with a guard against echoes.
void BoroughsView::tableCurrentChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const QScopedValueRollback guard(m_syncing, true);
    m_selection->setCurrentIndex(m_proxy->mapToSource(current),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_funnel->setSelected(currentBorough());
}

void BoroughsView::sharedCurrentChanged(const QModelIndex &current)
{
    m_funnel->setSelected(current.isValid() ? current.data(BoroughModel::CodeRole).toString() : QString());
    if (m_syncing)
        return;
    const QScopedValueRollback guard(m_syncing, true);
    const QModelIndex proxied = m_proxy->mapFromSource(current);
    m_table->selectionModel()->setCurrentIndex(proxied, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    m_table->scrollTo(proxied);
}

} // namespace cw
