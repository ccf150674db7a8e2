#include "packs/packeditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "commands/createpackcommand.h"
#include "commands/editpackitemcommand.h"
#include "commands/editsectioncommand.h"
#include "commands/insertpackitemcommand.h"
#include "commands/insertsectioncommand.h"
#include "common/emptystatepanel.h"
#include "models/packmodel.h"
#include "packs/annotationpanel.h"
#include "packs/measureitemeditor.h"
#include "packs/packitemeditor.h"
#include "packs/packworkflow.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "services/planservice.h"
#include "workspace/workspace.h"

namespace cw {

PackEditor::PackEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PackModel(workspace.packs(), &workspace.annotations(), workspace.undoStack(), this))
{
    setObjectName(QStringLiteral("packEditor"));
    m_workflow = new PackWorkflow(workspace, this, this);
    connect(m_workflow, &PackWorkflow::failed, this, &PackEditor::failed);
    connect(m_workflow, &PackWorkflow::versionStarted, this,
            [this](qint64 packId) { reloadVersions(packId); });

    auto *back = new QPushButton(tr("← Meetings"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Back to the meetings (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, [this] {
        commit();
        Q_EMIT backRequested();
    });
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("packHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("versionCombo"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            showPack(m_versions->currentData().toLongLong());
    });
    auto *versionLabel = new QLabel(tr("&Version"), this);
    versionLabel->setBuddy(m_versions);
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(8);
    top->addWidget(m_heading, 1);
    top->addWidget(versionLabel);
    top->addWidget(m_versions);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("packToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto make = [this](const QString &text, const char *name, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        }
        addAction(action);
        return action;
    };
    m_addSection = make(tr("Add section"), "addSectionAction", {});
    connect(m_addSection, &QAction::triggered, this, &PackEditor::addSection);
    m_addItem = make(tr("Add item"), "addItemAction", {});
    auto *itemMenu = new QMenu(this);
    for (const PackItemKind kind : {PackItemKind::Measure, PackItemKind::Narrative,
                                    PackItemKind::LinesOfEnquiry, PackItemKind::ActionsCarriedForward}) {
        QAction *action = itemMenu->addAction(displayName(kind), this, [this, kind] { addItem(kind); });
        action->setObjectName(QStringLiteral("add_%1_action").arg(toName(kind)));
    }
    m_addItem->setMenu(itemMenu);
    m_remove = make(tr("Remove"), "removeNodeAction", {});
    connect(m_remove, &QAction::triggered, this, &PackEditor::removeSelected);
    m_moveUp = make(tr("Move up"), "moveUpAction", QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_moveDown = make(tr("Move down"), "moveDownAction", QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(1); });
    m_fromLast = make(tr("Start from last pack"), "startFromLastPackAction", {});
    connect(m_fromLast, &QAction::triggered, this, &PackEditor::startFromLastPack);
    toolbar->addAction(m_addSection);
    toolbar->addAction(m_addItem);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_addItem)))
        button->setPopupMode(QToolButton::InstantPopup);
    toolbar->addAction(m_remove);
    toolbar->addAction(m_moveUp);
    toolbar->addAction(m_moveDown);
    toolbar->addSeparator();
    toolbar->addAction(m_workflow->submitAction());
    toolbar->addAction(m_workflow->returnAction());
    toolbar->addAction(m_workflow->approveAction());
    toolbar->addSeparator();
    toolbar->addAction(m_workflow->newVersionAction());
    toolbar->addAction(m_workflow->changesAction());

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("packTree"));
    m_tree->setModel(m_model);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PackModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PackModel::AnnotationsColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(PackModel::KindColumn, true);
    m_tree->setColumnHidden(PackModel::VisibilityColumn, true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PackEditor::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        if (m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->rowCount(m_model->index(0, 0)) > 0
                                        ? m_model->index(0, 0, m_model->index(0, 0))
                                        : m_model->index(0, 0));
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &into) { m_tree->expand(into); });

    m_editor = new PackItemEditor(workspace, this);
    connect(m_editor, &PackItemEditor::itemEdited, this,
            [this](const PackItem &before, const PackItem &after, const QString &what) {
                m_workspace.undoStack().push(
                    new EditPackItemCommand(m_workspace.packs(), before, after, what));
            });
    connect(m_editor, &PackItemEditor::sectionEdited, this,
            [this](const PackSection &before, const PackSection &after) {
                m_workspace.undoStack().push(new EditSectionCommand(m_workspace.packs(), before, after));
            });
    m_annotations = new AnnotationPanel(workspace, this);
    connect(m_annotations, &AnnotationPanel::itemRequested, this, &PackEditor::selectItemUid);
    connect(m_annotations, &AnnotationPanel::pointRequested, this, &PackEditor::showPoint);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("packSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_annotations);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({300, 680, 320});

    m_empty =
        new EmptyStatePanel(tr("No scrutiny pack yet"),
                            tr("Create a pack with the usual sections, or start from the last pack of "
                               "the previous meeting of this kind: its sections, measures, narrative and "
                               "lines of enquiry are copied as a new draft."),
                            this);
    m_empty->setObjectName(QStringLiteral("noPackPanel"));
    connect(m_empty->addButton(tr("Create pack")), &QPushButton::clicked, this, &PackEditor::createPack);
    connect(m_empty->addButton(tr("Start from the last pack")), &QPushButton::clicked, this,
            &PackEditor::startFromLastPack);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(toolbar);
    pageLayout->addWidget(m_workflow->banner());
    pageLayout->addWidget(splitter, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    PackService &packs = workspace.packs();
    connect(&packs, &PackService::itemChanged, this, &PackEditor::onItemChanged);
    connect(&packs, &PackService::sectionChanged, this, [this](const PackSection &section) {
        const QModelIndex current = m_tree->currentIndex();
        if (m_model->kind(current) == PackModel::NodeKind::Section &&
            m_model->sectionAt(current) != nullptr && m_model->sectionAt(current)->id == section.id)
            showCurrent();
    });
    connect(&packs, &PackService::packChanged, this, [this](const Pack &pack) {
        if (pack.id == m_model->packId()) {
            reloadVersions(pack.id);
            updateState();
        }
    });
    connect(&packs, &PackService::packInserted, this, [this](const Pack &pack) {
        if (pack.meetingId == m_meetingId)
            reloadVersions(pack.id);
    });
    connect(&packs, &PackService::packRemoved, this, [this](qint64 meetingId, qint64) {
        if (meetingId == m_meetingId)
            reloadVersions(0);
    });
    connect(&workspace.meetings(), &MeetingService::meetingChanged, this, [this](const Meeting &meeting) {
        if (meeting.id == m_meetingId)
            showMeeting(m_meetingId);
    });
    updateState();
}

PackEditor::~PackEditor()
{
    // Leaving a field commits what it holds; let that happen while every part is whole, not
    // while the children are being destroyed.
    if (QWidget *focus = QApplication::focusWidget(); focus != nullptr && isAncestorOf(focus))
        focus->clearFocus();
    m_editor->disconnect(this);
}

void PackEditor::showMeeting(qint64 meetingId)
{
    commit();
    m_meetingId = meetingId;
    const Result<Meeting> meeting = m_workspace.meetings().meeting(meetingId);
    m_heading->setText(meeting ? tr("%1: %2 — %3")
                                     .arg(displayName(meeting->kind), meeting->title,
                                          QLocale().toString(meeting->startsAt.toLocalTime().date(),
                                                             QStringLiteral("d MMMM yyyy")))
                               : QString());
    reloadVersions(0);
}

void PackEditor::reloadVersions(qint64 selectPackId)
{
    {
        const QScopedValueRollback reloading(m_reloading, true);
        m_versions->clear();
        const Result<QList<PackVersion>> versions = m_workspace.packs().versions(m_meetingId);
        if (versions) {
            for (const PackVersion &version : *versions)
                m_versions->addItem(tr("%1 — %2").arg(version.version).arg(displayName(version.status)),
                                    version.id);
        }
        int index = selectPackId != 0 ? m_versions->findData(selectPackId) : -1;
        if (index < 0)
            index = m_versions->count() - 1; // the latest version
        m_versions->setCurrentIndex(index);
    }
    const qint64 packId = m_versions->currentData().toLongLong();
    if (packId != m_model->packId())
        showPack(packId);
    else
        updateState();
}

bool PackEditor::showVersion(int version)
{
    const Result<Pack> pack = m_workspace.packs().packVersion(m_meetingId, version);
    if (!pack)
        return false;
    reloadVersions(pack->id);
    return true;
}

void PackEditor::showPack(qint64 packId)
{
    commit();
    m_model->setPackId(packId);
    m_annotations->setPackUid(packId != 0 ? m_model->pack().uid : QString());
    m_workflow->setPack(packId != 0 ? m_model->pack() : Pack());
    m_tree->expandAll();
    updateState();
    showCurrent();
}

void PackEditor::commit()
{
    m_editor->commit();
}

void PackEditor::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const PackItem *item = current.isValid() && m_model->kind(current) == PackModel::NodeKind::Item
                               ? m_model->itemAt(current)
                               : nullptr;
    const PackSection *section = current.isValid() && m_model->kind(current) == PackModel::NodeKind::Section
                                     ? m_model->sectionAt(current)
                                     : nullptr;
    if (item == nullptr || item->id != m_editor->itemId())
        commit(); // the edit belongs to the item it was typed in
    m_annotations->setCurrentItem(item);
    QHash<QString, QString> titles;
    for (const PackSection &each : m_model->pack().sections) {
        for (const PackItem &one : each.items)
            titles.insert(one.uid, one.title);
    }
    m_annotations->setItemTitles(titles);
    if (item != nullptr) {
        QList<KeyFact> facts;
        if (item->kind == PackItemKind::Measure) {
            const Result<QList<KeyFact>> found = m_workspace.packs().keyFacts(item->id);
            if (found)
                facts = *found;
        }
        const Pack &pack = m_model->pack();
        m_editor->showItem(*item, facts, PackService::enquiryNumbers(pack), firstEnquiryNumber(item->id),
                           pack.status == PackStatus::Approved ? pack.vintageBatchId : 0);
    } else if (section != nullptr) {
        m_editor->showSection(*section);
    } else {
        m_editor->showNothing();
    }
    updateState();
}

int PackEditor::firstEnquiryNumber(qint64 itemId) const
{
    int number = 1;
    for (const PackSection &section : m_model->pack().sections) {
        for (const PackItem &item : section.items) {
            if (item.id == itemId)
                return number;
            if (item.kind == PackItemKind::LinesOfEnquiry)
                number += int(item.enquiries.size());
        }
    }
    return number;
}

void PackEditor::onItemChanged(const PackItem &item)
{
    if (item.id == m_editor->itemId())
        showCurrent();
}

void PackEditor::updateState()
{
    const bool hasPack = m_model->packId() != 0;
    m_stack->setCurrentIndex(hasPack ? 1 : 0);
    const bool editable = hasPack && m_model->isEditable();
    const QModelIndex current = m_tree->currentIndex();
    m_editor->setReadOnly(!editable);
    m_addSection->setEnabled(editable);
    m_addItem->setEnabled(editable && current.isValid());
    m_remove->setEnabled(editable && current.isValid());
    m_moveUp->setEnabled(editable && current.isValid());
    m_moveDown->setEnabled(editable && current.isValid());
    m_fromLast->setEnabled(!hasPack && m_meetingId != 0);
    m_versions->setEnabled(m_versions->count() > 1);
}

void PackEditor::createPack()
{
    auto *command = new CreatePackCommand(m_workspace.packs(), m_meetingId, CreatePackCommand::Mode::Empty);
    command->setText(tr("Create pack"));
    m_workspace.undoStack().push(command);
}

void PackEditor::startFromLastPack()
{
    auto *command =
        new CreatePackCommand(m_workspace.packs(), m_meetingId, CreatePackCommand::Mode::FromLastPack);
    command->setText(tr("Start pack from the last pack"));
    m_workspace.undoStack().push(command);
}

void PackEditor::addSection()
{
    if (!m_model->isEditable())
        return;
    const QModelIndex current = m_tree->currentIndex();
    int position = int(m_model->pack().sections.size());
    if (current.isValid())
        position = (current.parent().isValid() ? current.parent().row() : current.row()) + 1;
    PackSection section;
    section.title = tr("New section");
    auto *command = new InsertSectionCommand(m_workspace.packs(), m_model->packId(), section, position);
    command->setText(tr("Add section"));
    m_workspace.undoStack().push(command);
    if (command->sectionId() != 0) {
        m_tree->setCurrentIndex(m_model->indexOfSection(command->sectionId()));
        m_editor->titleEdit()->setFocus();
        m_editor->titleEdit()->selectAll();
    }
}

void PackEditor::addItem(PackItemKind kind)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_model->isEditable() || !current.isValid())
        return;
    const QModelIndex sectionIndex = current.parent().isValid() ? current.parent() : current;
    const PackSection *section = m_model->sectionAt(sectionIndex);
    if (section == nullptr)
        return;
    const int position = current.parent().isValid() ? current.row() + 1 : int(section->items.size());
    PackItem item;
    item.kind = kind;
    item.title = displayName(kind);
    if (kind == PackItemKind::Measure) {
        // The first measure of the first plan, for the person to change.
        const Result<QList<Plan>> plans = m_workspace.plans().plans();
        if (plans && !plans->isEmpty()) {
            item.measure.planCode = plans->constFirst().code;
            for (const Priority &priority : plans->constFirst().priorities) {
                if (!priority.measures.isEmpty() && item.measure.measureCode.isEmpty()) {
                    item.measure.measureCode = priority.measures.constFirst().code;
                    item.title = priority.measures.constFirst().title;
                }
            }
        }
    }
    auto *command = new InsertPackItemCommand(m_workspace.packs(), section->id, item, position);
    command->setText(tr("Add %1").arg(displayName(kind).toLower()));
    m_workspace.undoStack().push(command);
    if (command->itemId() != 0)
        m_tree->setCurrentIndex(m_model->indexOfItem(command->itemId()));
}

void PackEditor::removeSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_model->isEditable() || !current.isValid())
        return;
    commit();
    if (m_model->kind(current) == PackModel::NodeKind::Item) {
        const PackItem *item = m_model->itemAt(current);
        if (item != nullptr)
            m_workspace.undoStack().push(
                new RemovePackItemCommand(m_workspace.packs(), *item, current.row()));
    } else if (const PackSection *section = m_model->sectionAt(current)) {
        m_workspace.undoStack().push(new RemoveSectionCommand(m_workspace.packs(), *section, current.row()));
    }
}

bool PackEditor::moveSelected(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return false;
    commit();
    const bool moved = delta < 0 ? m_model->moveUp(current) : m_model->moveDown(current);
    m_tree->scrollTo(m_tree->currentIndex());
    return moved;
}

bool PackEditor::selectItemUid(const QString &itemUid)
{
    const QModelIndex index = m_model->indexOfItemUid(itemUid);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void PackEditor::showPoint(const QString &measureCode, const QString &areaCode, const QString &)
{
    for (const PackSection &section : m_model->pack().sections) {
        for (const PackItem &item : section.items) {
            if (item.kind == PackItemKind::Measure && item.measure.measureCode == measureCode) {
                selectItemUid(item.uid);
                m_editor->measureEditor()->focusArea(areaCode);
                return;
            }
        }
    }
}

} // namespace cw
