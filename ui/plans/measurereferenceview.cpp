#include "plans/measurereferenceview.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>

#include "domain/plan.h"

namespace cw {

namespace {

QString formatNumber(double value)
{
    QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

MeasureReferenceView::MeasureReferenceView(QWidget *parent)
    : QWidget(parent)
    , m_formulaKind(new QLabel(this))
    , m_formula(new QListWidget(this))
    , m_breaks(new QListWidget(this))
    , m_figures(new QTableWidget(0, 5, this))
{
    m_formulaKind->setObjectName(QStringLiteral("formulaKindLabel"));
    m_formula->setObjectName(QStringLiteral("formulaList"));
    m_formula->setMaximumHeight(80);
    m_breaks->setObjectName(QStringLiteral("breaksList"));
    m_breaks->setMaximumHeight(60);
    m_figures->setObjectName(QStringLiteral("figuresTable"));
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Period"), tr("Value"), tr("Area"), tr("Note")});
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setStretchLastSection(true);
    m_figures->setMaximumHeight(110);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Formula"), m_formulaKind);
    form->addRow(tr("Indicators"), m_formula);
    form->addRow(tr("Series breaks"), m_breaks);
    form->addRow(tr("Published figures"), m_figures);
}

void MeasureReferenceView::setMeasure(const Measure &measure)
{
    switch (measure.formula.kind) {
    case FormulaKind::Sum:
        m_formulaKind->setText(tr("Sum of the indicators"));
        break;
    case FormulaKind::Ratio:
        m_formulaKind->setText(tr("Ratio: numerator indicators over denominator indicators"));
        break;
    case FormulaKind::Proportion:
        m_formulaKind->setText(tr("Proportion published by the survey"));
        break;
    }
    m_formula->clear();
    for (const FormulaTerm &term : measure.formula.terms) {
        const QString role = term.role == TermRole::Denominator ? tr("Denominator") : tr("Numerator");
        QString text = role + QStringLiteral(" · ") + term.indicatorKey;
        if (term.weight != 1.0)
            text += QStringLiteral(" × ") + formatNumber(term.weight);
        m_formula->addItem(text);
    }

    m_breaks->clear();
    for (const SeriesBreak &seriesBreak : measure.breaks)
        m_breaks->addItem(seriesBreak.period + QStringLiteral(" · ") + seriesBreak.note);
    if (measure.breaks.isEmpty())
        m_breaks->addItem(tr("No series breaks recorded"));

    m_figures->setRowCount(0);
    for (const PublishedFigure &figure : measure.figures) {
        const int row = m_figures->rowCount();
        m_figures->insertRow(row);
        const QString value = figure.value ? formatNumber(*figure.value) : tr("Not published");
        const QStringList cells{figure.label, figure.period, value, figure.areaCode, figure.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_figures->setItem(row, column, item);
        }
    }
}

void MeasureReferenceView::clear()
{
    m_formulaKind->clear();
    m_formula->clear();
    m_breaks->clear();
    m_figures->setRowCount(0);
}

} // namespace cw
