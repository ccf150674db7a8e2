#include "packs/measureitemeditor.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "charts/serieschart.h"
#include "domain/period.h"
#include "packs/packitempreview.h"
#include "reference/referencedata.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

namespace {

constexpr auto kForceArea = "E23000001";

} // namespace

MeasureItemEditor::MeasureItemEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("measureItemEditor"));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("measureCombo"));
    m_areas = new QListWidget(this);
    m_areas->setObjectName(QStringLiteral("areasList"));
    m_areas->setMaximumHeight(110);
    m_areaSummary = new QLabel(this);
    m_areaSummary->setObjectName(QStringLiteral("areaSummary"));
    m_areaSummary->setWordWrap(true);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setPlaceholderText(tr("YYYY-MM (empty: whole series)"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setPlaceholderText(tr("YYYY-MM (empty: latest data)"));
    m_chart = new QComboBox(this);
    m_chart->setObjectName(QStringLiteral("chartKindCombo"));
    for (const ChartKind kind : {ChartKind::Line, ChartKind::Bar, ChartKind::ControlChart, ChartKind::Table})
        m_chart->addItem(displayName(kind), toName(kind));
    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(QStringLiteral("comparisonCombo"));
    for (const PackComparison value :
         {PackComparison::Rolling12Months, PackComparison::QuarterOnYear, PackComparison::FinancialYear})
        m_comparison->addItem(displayName(value), toName(value));
    m_comparison->setToolTip(tr("Survey proportions always compare non-overlapping survey years."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("measureItemError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8a1c13; }"));
    m_error->hide();
    m_facts = new QTextBrowser(this);
    m_facts->setObjectName(QStringLiteral("keyFactsView"));
    m_facts->setMinimumHeight(70);
    m_preview = new PackItemPreview(workspace, this);

    fillPlans();
    fillAreas();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Plan"), m_plan);
    form->addRow(tr("&Measure"), m_measure);
    auto *areas = new QVBoxLayout;
    areas->setSpacing(2);
    areas->addWidget(m_areaSummary);
    areas->addWidget(m_areas);
    auto *areasLabel = new QLabel(tr("A&reas"), this);
    areasLabel->setBuddy(m_areas);
    form->addRow(areasLabel, areas);
    auto *months = new QHBoxLayout;
    months->addWidget(m_from, 1);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    months->addWidget(toLabel);
    months->addWidget(m_to, 1);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, months);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_chart, 1);
    auto *comparisonLabel = new QLabel(tr("Co&mparison"), this);
    comparisonLabel->setBuddy(m_comparison);
    kinds->addWidget(comparisonLabel);
    kinds->addWidget(m_comparison, 1);
    auto *chartLabel = new QLabel(tr("&Chart"), this);
    chartLabel->setBuddy(m_chart);
    form->addRow(chartLabel, kinds);
    form->addRow(QString(), m_error);

    auto *factsLabel = new QLabel(tr("Key facts"), this);
    QFont bold = factsLabel->font();
    bold.setBold(true);
    factsLabel->setFont(bold);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(factsLabel);
    lowerLayout->addWidget(m_facts, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(lower);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);

    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        fillMeasures(m_plan->currentData().toString());
        readForm();
    });
    for (QComboBox *combo : {m_measure, m_chart, m_comparison})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeasureItemEditor::readForm);
    connect(m_areas, &QListWidget::itemChanged, this, [this] {
        summariseAreas();
        readForm();
    });
    connect(m_from, &QLineEdit::editingFinished, this, &MeasureItemEditor::readForm);
    connect(m_to, &QLineEdit::editingFinished, this, &MeasureItemEditor::readForm);
}

void MeasureItemEditor::fillPlans()
{
    const QScopedValueRollback loading(m_loading, true);
    m_plan->clear();
    const Result<QList<Plan>> plans = m_workspace.plans().plans();
    if (!plans)
        return;
    for (const Plan &plan : *plans)
        m_plan->addItem(tr("%1 — %2").arg(plan.code, plan.title), plan.code);
}

void MeasureItemEditor::fillMeasures(const QString &planCode)
{
    const QScopedValueRollback loading(m_loading, true);
    m_measure->clear();
    const Result<QList<Plan>> plans = m_workspace.plans().plans();
    if (!plans)
        return;
    for (const Plan &plan : *plans) {
        if (plan.code != planCode)
            continue;
        for (const Priority &priority : plan.priorities) {
            for (const Measure &measure : priority.measures)
                m_measure->addItem(tr("%1 — %2").arg(measure.code, measure.title), measure.code);
        }
    }
}

void MeasureItemEditor::fillAreas()
{
    const QScopedValueRollback loading(m_loading, true);
    QList<Area> boroughs;
    for (const Area &area : ReferenceData::areas()) {
        if (area.code == QLatin1String(kForceArea)) {
            auto *item = new QListWidgetItem(area.name);
            item->setData(Qt::UserRole, area.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            m_areas->insertItem(0, item);
        } else if (area.kind == AreaKind::LocalAuthority && area.parentCode == QLatin1String(kForceArea)) {
            boroughs.append(area);
        }
    }
    std::sort(boroughs.begin(), boroughs.end(),
              [](const Area &a, const Area &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Area &area : std::as_const(boroughs)) {
        auto *item = new QListWidgetItem(area.name, m_areas);
        item->setData(Qt::UserRole, area.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

void MeasureItemEditor::setSpec(const MeasureItemSpec &spec, const QList<KeyFact> &facts, qint64 asOfBatch)
{
    const bool redraw = spec != m_spec || asOfBatch != m_asOfBatch || m_preview->chart()->title().isEmpty();
    m_spec = spec;
    m_asOfBatch = asOfBatch;
    load();
    QString html;
    for (const KeyFact &fact : facts)
        html += QStringLiteral("<p style='margin:0 0 6px 0'><b>%1.</b> %2</p>")
                    .arg(fact.areaName.toHtmlEscaped(), fact.text.toHtmlEscaped());
    if (facts.isEmpty())
        html = QStringLiteral("<p style='color:#777'>%1</p>")
                   .arg(tr("No key facts: the measure has no data for "
                           "the chosen areas and months.")
                            .toHtmlEscaped());
    m_facts->setHtml(html);
    if (redraw)
        m_preview->showSpec(spec, asOfBatch);
}

void MeasureItemEditor::load()
{
    const QScopedValueRollback loading(m_loading, true);
    int plan = m_plan->findData(m_spec.planCode);
    if (plan < 0)
        plan = 0; // an empty plan code means the first plan
    m_plan->setCurrentIndex(plan);
    fillMeasures(m_plan->currentData().toString());
    int measure = m_measure->findData(m_spec.measureCode);
    if (measure < 0 && !m_spec.measureCode.isEmpty()) {
        m_measure->addItem(tr("%1 (not in this plan)").arg(m_spec.measureCode), m_spec.measureCode);
        measure = m_measure->count() - 1;
    }
    m_measure->setCurrentIndex(measure);
    for (int row = 0; row < m_areas->count(); ++row) {
        QListWidgetItem *item = m_areas->item(row);
        item->setCheckState(m_spec.areaCodes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
    summariseAreas();
    if (m_from->text() != m_spec.fromPeriod)
        m_from->setText(m_spec.fromPeriod);
    if (m_to->text() != m_spec.toPeriod)
        m_to->setText(m_spec.toPeriod);
    m_chart->setCurrentIndex(m_chart->findData(toName(m_spec.chart)));
    m_comparison->setCurrentIndex(m_comparison->findData(toName(m_spec.comparison)));
    m_error->hide();
}

void MeasureItemEditor::summariseAreas()
{
    // The chosen areas in the order the key facts give them (the list is alphabetical).
    QStringList names;
    for (const QString &code : std::as_const(m_spec.areaCodes)) {
        for (int row = 0; row < m_areas->count(); ++row) {
            if (m_areas->item(row)->data(Qt::UserRole).toString() == code &&
                m_areas->item(row)->checkState() == Qt::Checked)
                names.append(m_areas->item(row)->text());
        }
    }
    for (int row = 0; row < m_areas->count(); ++row) {
        QListWidgetItem *item = m_areas->item(row);
        if (item->checkState() == Qt::Checked && !names.contains(item->text()))
            names.append(item->text());
    }
    m_areaSummary->setText(names.isEmpty() ? tr("No area chosen") : names.join(QStringLiteral(", ")));
}

bool MeasureItemEditor::readMonth(QLineEdit *edit, QString &out)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        out.clear();
        return true;
    }
    const std::optional<Period> period = Period::parse(text);
    if (!period || period->kind() != Period::Kind::Month) {
        m_error->setText(tr("“%1” is not a month: write it as YYYY-MM, e.g. 2024-04.").arg(text));
        m_error->show();
        return false;
    }
    out = period->key();
    return true;
}

void MeasureItemEditor::readForm()
{
    if (m_loading || m_readOnly)
        return;
    MeasureItemSpec spec = m_spec;
    spec.planCode = m_plan->currentData().toString();
    spec.measureCode = m_measure->currentData().toString();
    QStringList areas;
    for (int row = 0; row < m_areas->count(); ++row) {
        if (m_areas->item(row)->checkState() == Qt::Checked)
            areas.append(m_areas->item(row)->data(Qt::UserRole).toString());
    }
    m_error->hide();
    if (areas.isEmpty()) {
        m_error->setText(tr("Choose at least one area."));
        m_error->show();
        return;
    }
    spec.areaCodes = areas;
    if (!readMonth(m_from, spec.fromPeriod) || !readMonth(m_to, spec.toPeriod))
        return;
    if (!spec.fromPeriod.isEmpty() && !spec.toPeriod.isEmpty() && spec.fromPeriod > spec.toPeriod) {
        m_error->setText(tr("The first month comes after the last."));
        m_error->show();
        return;
    }
    spec.chart = chartKindFromName(m_chart->currentData().toString()).value_or(spec.chart);
    spec.comparison =
        packComparisonFromName(m_comparison->currentData().toString()).value_or(spec.comparison);
    if (spec != m_spec)
        Q_EMIT specEdited(spec);
}

void MeasureItemEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_plan, m_measure, m_chart, m_comparison})
        widget->setEnabled(!readOnly);
    m_from->setReadOnly(readOnly);
    m_to->setReadOnly(readOnly);
    for (int row = 0; row < m_areas->count(); ++row) {
        QListWidgetItem *item = m_areas->item(row);
        const QScopedValueRollback loading(m_loading, true);
        item->setFlags(readOnly ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                                : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable));
    }
}

void MeasureItemEditor::focusArea(const QString &areaCode)
{
    for (int row = 0; row < m_areas->count(); ++row) {
        if (m_areas->item(row)->data(Qt::UserRole).toString() == areaCode) {
            m_areas->setCurrentRow(row);
            m_areas->scrollToItem(m_areas->item(row));
        }
    }
}

} // namespace cw
