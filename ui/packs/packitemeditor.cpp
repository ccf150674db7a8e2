#include "packs/packitemeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "common/pendingeditfilter.h"
#include "packs/enquirieseditor.h"
#include "packs/measureitemeditor.h"
#include "packs/narrativeeditor.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

PackItemEditor::PackItemEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("packItemEditor"));
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("itemKindLabel"));
    m_kind->setStyleSheet(QStringLiteral("QLabel { color: #555; text-transform: uppercase; }"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("itemTitleEdit"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    connect(m_title, &QLineEdit::returnPressed, this, &PackItemEditor::commitTitle);
    new PendingEditFilter(
        m_title, [this] { commitTitle(); }, this);
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("itemVisibilityCombo"));
    for (const Visibility value : {Visibility::Internal, Visibility::Publishable})
        m_visibility->addItem(displayName(value), toName(value));
    m_visibility->setToolTip(tr("Publishable items appear in the public edition of the briefing."));
    connect(m_visibility, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading || !m_hasItem)
            return;
        PackItem after = m_item;
        after.visibility =
            visibilityFromName(m_visibility->currentData().toString()).value_or(Visibility::Internal);
        emitItem(after, tr("Change visibility of %1").arg(m_item.title));
    });
    m_visibilityLabel = new QLabel(tr("&Visibility"), this);
    m_visibilityLabel->setBuddy(m_visibility);

    m_blank = new QLabel(tr("Select a section or an item of the pack."), this);
    static_cast<QLabel *>(m_blank)->setAlignment(Qt::AlignCenter);
    m_measure = new MeasureItemEditor(workspace, this);
    connect(m_measure, &MeasureItemEditor::specEdited, this, [this](const MeasureItemSpec &spec) {
        PackItem after = m_item;
        after.measure = spec;
        emitItem(after, tr("Edit measure item %1").arg(m_item.title));
    });
    m_narrative = new NarrativeEditor(this);
    connect(m_narrative, &NarrativeEditor::bodyEdited, this, [this](const QString &html) {
        PackItem after = m_item;
        after.body = html;
        emitItem(after, tr("Edit narrative %1").arg(m_item.title));
    });
    m_enquiries = new EnquiriesEditor(this);
    connect(m_enquiries, &EnquiriesEditor::enquiriesEdited, this,
            [this](const QList<LineOfEnquiry> &lines, const QString &what) {
                PackItem after = m_item;
                after.enquiries = lines;
                emitItem(after, what);
            });
    QList<QPair<QString, QString>> measures;
    if (const Result<QList<Plan>> plans = workspace.plans().plans(); plans && !plans->isEmpty()) {
        for (const Priority &priority : plans->constFirst().priorities) {
            for (const Measure &measure : priority.measures)
                measures.append({measure.code, measure.title});
        }
    }
    m_enquiries->setMeasures(measures);
    m_actions = new QLabel(tr("<p><b>Actions carried forward</b></p>"
                              "<p>The open challenge actions from earlier meetings will be listed here "
                              "once the actions log is available in the Workbench. Nothing needs to be "
                              "entered: the list will be filled from the log when the briefing is "
                              "produced.</p>"),
                           this);
    m_actions->setObjectName(QStringLiteral("actionsPlaceholder"));
    m_actions->setWordWrap(true);
    m_actions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_actions->setStyleSheet(QStringLiteral("QLabel { background: #f4f4f4; color: #444; padding: 12px; }"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_blank);
    m_stack->addWidget(m_measure);
    m_stack->addWidget(m_narrative);
    m_stack->addWidget(m_enquiries);
    m_stack->addWidget(m_actions);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_visibilityLabel);
    header->addWidget(m_visibility);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_kind);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    showNothing();
}

PackItemEditor::~PackItemEditor()
{
    delete m_filter; // the title field outlives this part of the object
}

void PackItemEditor::showNothing()
{
    m_hasItem = m_hasSection = false;
    m_kind->clear();
    m_title->hide();
    m_visibility->hide();
    m_visibilityLabel->hide();
    m_stack->setCurrentWidget(m_blank);
}

void PackItemEditor::showSection(const PackSection &section)
{
    const QScopedValueRollback loading(m_loading, true);
    m_hasItem = false;
    m_hasSection = true;
    m_section = section;
    m_kind->setText(tr("Section"));
    m_title->show();
    if (m_title->text() != section.title || !m_title->hasFocus())
        m_title->setText(section.title);
    m_title->setReadOnly(m_readOnly);
    m_visibility->hide();
    m_visibilityLabel->hide();
    m_stack->setCurrentWidget(m_blank);
    static_cast<QLabel *>(m_blank)->setText(
        tr("%n item(s) in this section. Select an item to edit it.", nullptr, int(section.items.size())));
}

void PackItemEditor::showItem(const PackItem &item, const QList<KeyFact> &facts,
                              const QHash<QString, int> &numbers, int firstNumber, qint64 asOfBatch)
{
    const QScopedValueRollback loading(m_loading, true);
    const bool same = m_hasItem && m_item.id == item.id;
    m_hasItem = true;
    m_hasSection = false;
    m_item = item;
    m_kind->setText(displayName(item.kind));
    m_title->show();
    if (!same || !m_title->hasFocus())
        m_title->setText(item.title);
    m_title->setReadOnly(m_readOnly);
    m_visibility->show();
    m_visibilityLabel->show();
    m_visibility->setCurrentIndex(m_visibility->findData(toName(item.visibility)));
    switch (item.kind) {
    case PackItemKind::Measure:
        m_measure->setSpec(item.measure, facts, asOfBatch);
        m_stack->setCurrentWidget(m_measure);
        break;
    case PackItemKind::Narrative:
        m_narrative->setBody(item.body);
        m_stack->setCurrentWidget(m_narrative);
        break;
    case PackItemKind::LinesOfEnquiry:
        m_enquiries->setLines(item.enquiries, numbers, firstNumber);
        m_stack->setCurrentWidget(m_enquiries);
        break;
    case PackItemKind::ActionsCarriedForward:
        m_stack->setCurrentWidget(m_actions);
        break;
    }
}

void PackItemEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_visibility->setEnabled(!readOnly);
    m_measure->setReadOnly(readOnly);
    m_narrative->setReadOnly(readOnly);
    m_enquiries->setReadOnly(readOnly);
}

void PackItemEditor::commit()
{
    commitTitle();
    if (m_hasItem && m_item.kind == PackItemKind::Narrative)
        m_narrative->commit();
}

void PackItemEditor::commitTitle()
{
    if (m_loading || m_readOnly)
        return;
    const QString title = m_title->text().trimmed();
    if (m_hasItem && !title.isEmpty() && title != m_item.title) {
        PackItem after = m_item;
        after.title = title;
        emitItem(after, tr("Rename item %1").arg(m_item.title));
    } else if (m_hasSection && !title.isEmpty() && title != m_section.title) {
        PackSection after = m_section;
        after.title = title;
        const PackSection before = m_section;
        m_section = after;
        Q_EMIT sectionEdited(before, after);
    } else if (title.isEmpty()) {
        m_title->setText(m_hasItem ? m_item.title : m_section.title);
    }
}

void PackItemEditor::emitItem(const PackItem &after, const QString &what)
{
    if (m_readOnly || !m_hasItem || after == m_item)
        return;
    const PackItem before = m_item;
    m_item = after; // what the form shows; the owner's refresh brings the stored item
    Q_EMIT itemEdited(before, after, what);
}

} // namespace cw
