#include "packs/enquirieseditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cw {

namespace {

enum Column { NumberColumn, QuestionColumn, MeasureColumn, VisibilityColumn, ColumnCount };

} // namespace

EnquiriesEditor::EnquiriesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("enquiriesEditor"));
    m_table->setObjectName(QStringLiteral("enquiriesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Question for the MPS"), tr("Measure"), tr("Visibility")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MeasureColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VisibilityColumn, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != QuestionColumn || item->row() >= m_lines.size())
            return;
        const QString question = item->text().trimmed();
        QList<LineOfEnquiry> lines = m_lines;
        if (question.isEmpty() || question == lines.at(item->row()).question) {
            const QScopedValueRollback loading(m_loading, true);
            item->setText(lines.at(item->row()).question);
            return;
        }
        lines[item->row()].question = question;
        // Not from inside the table's own signal: the refresh rebuilds the table's items.
        QTimer::singleShot(0, this, [this, lines] { edited(lines, tr("Edit line of enquiry")); });
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &EnquiriesEditor::updateButtons);

    m_add = new QPushButton(tr("&Add question"), this);
    m_add->setObjectName(QStringLiteral("addEnquiryButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeEnquiryButton"));
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(QStringLiteral("enquiryUpButton"));
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_down->setObjectName(QStringLiteral("enquiryDownButton"));
    connect(m_add, &QPushButton::clicked, this, &EnquiriesEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &EnquiriesEditor::removeLine);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLine(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLine(1); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void EnquiriesEditor::setMeasures(const QList<QPair<QString, QString>> &measures)
{
    if (measures == m_measures)
        return;
    m_measures = measures;
    rebuild();
}

void EnquiriesEditor::setLines(const QList<LineOfEnquiry> &lines, const QHash<QString, int> &numbers,
                               int firstNumber)
{
    const int row = m_table->currentRow();
    m_lines = lines;
    m_numbers = numbers;
    m_firstNumber = firstNumber;
    rebuild();
    if (row >= 0 && row < m_lines.size())
        m_table->setCurrentCell(row, QuestionColumn);
}

void EnquiriesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

void EnquiriesEditor::rebuild()
{
    const QScopedValueRollback loading(m_loading, true);
    m_table->setRowCount(int(m_lines.size()));
    int unnumbered = m_firstNumber;
    for (int row = 0; row < m_lines.size(); ++row) {
        const LineOfEnquiry &line = m_lines.at(row);
        const int number = m_numbers.value(line.uid, 0) > 0 ? m_numbers.value(line.uid) : unnumbered;
        unnumbered = number + 1;
        auto *numberItem = new QTableWidgetItem(QString::number(number));
        numberItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, NumberColumn, numberItem);
        auto *question = new QTableWidgetItem(line.question);
        question->setFlags(m_readOnly ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                                      : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable));
        m_table->setItem(row, QuestionColumn, question);

        auto *measure = new QComboBox(m_table);
        measure->setObjectName(QStringLiteral("enquiryMeasureCombo"));
        measure->addItem(tr("(none)"), QString());
        for (const auto &[code, title] : std::as_const(m_measures))
            measure->addItem(tr("%1 — %2").arg(code, title), code);
        int found = measure->findData(line.measureCode);
        if (found < 0) { // a measure no longer in the plan still shows
            measure->addItem(line.measureCode, line.measureCode);
            found = measure->count() - 1;
        }
        measure->setCurrentIndex(found);
        measure->setEnabled(!m_readOnly);
        connect(measure, &QComboBox::currentIndexChanged, this, [this, measure, row] {
            if (m_loading || row >= m_lines.size())
                return;
            QList<LineOfEnquiry> lines = m_lines;
            lines[row].measureCode = measure->currentData().toString();
            edited(lines, tr("Link line of enquiry to a measure"));
        });
        m_table->setCellWidget(row, MeasureColumn, measure);

        auto *visibility = new QComboBox(m_table);
        visibility->setObjectName(QStringLiteral("enquiryVisibilityCombo"));
        for (const Visibility value : {Visibility::Internal, Visibility::Publishable})
            visibility->addItem(displayName(value), toName(value));
        visibility->setCurrentIndex(visibility->findData(toName(line.visibility)));
        visibility->setEnabled(!m_readOnly);
        connect(visibility, &QComboBox::currentIndexChanged, this, [this, visibility, row] {
            if (m_loading || row >= m_lines.size())
                return;
            QList<LineOfEnquiry> lines = m_lines;
            lines[row].visibility =
                visibilityFromName(visibility->currentData().toString()).value_or(Visibility::Internal);
            edited(lines, tr("Change visibility of line of enquiry"));
        });
        m_table->setCellWidget(row, VisibilityColumn, visibility);
    }
    m_table->resizeRowsToContents();
    updateButtons();
}

void EnquiriesEditor::addLine()
{
    QList<LineOfEnquiry> lines = m_lines;
    LineOfEnquiry line;
    line.question = tr("New question");
    lines.append(line);
    edited(lines, tr("Add line of enquiry"));
    const int row = int(m_lines.size()) - 1;
    if (row >= 0) {
        m_table->setCurrentCell(row, QuestionColumn);
        m_table->editItem(m_table->item(row, QuestionColumn));
    }
}

void EnquiriesEditor::removeLine()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    QList<LineOfEnquiry> lines = m_lines;
    lines.removeAt(row);
    edited(lines, tr("Remove line of enquiry"));
}

void EnquiriesEditor::moveLine(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_lines.size())
        return;
    QList<LineOfEnquiry> lines = m_lines;
    lines.move(row, to);
    edited(lines, tr("Reorder lines of enquiry"));
    m_table->setCurrentCell(to, QuestionColumn);
}

void EnquiriesEditor::edited(const QList<LineOfEnquiry> &lines, const QString &what)
{
    // Shown at once; the owner's refresh after the command brings the stored uids and numbers.
    m_lines = lines;
    rebuild();
    Q_EMIT enquiriesEdited(lines, what);
}

void EnquiriesEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_lines.size());
}

} // namespace cw
