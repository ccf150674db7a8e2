#include "packs/annotationpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "commands/addannotationcommand.h"
#include "commands/resolveannotationcommand.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "packs/annotationdelegate.h"
#include "packs/annotationdialog.h"
#include "reference/referencedata.h"
#include "services/annotationservice.h"
#include "util/currentuser.h"
#include "workspace/workspace.h"

namespace cw {

AnnotationPanel::AnnotationPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AnnotationModel(workspace.annotations(), currentUserName(), this))
    , m_filter(new AnnotationFilterModel(this))
{
    setObjectName(QStringLiteral("annotationPanel"));
    AnnotationQuery none;
    none.packUid = QStringLiteral("-"); // nothing until a pack is shown
    m_model->setQuery(none);
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("Annotations"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("annotationCount"));
    m_count->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All threads"), int(AnnotationFilterModel::State::All));
    m_state->addItem(tr("Open"), int(AnnotationFilterModel::State::Open));
    m_state->addItem(tr("Resolved"), int(AnnotationFilterModel::State::Resolved));
    m_mine = new QCheckBox(tr("&Mine"), this);
    m_mine->setObjectName(QStringLiteral("mineFilter"));
    m_mine->setToolTip(tr("Threads you started or replied to"));
    m_internal = new QCheckBox(tr("I&nternal"), this);
    m_internal->setObjectName(QStringLiteral("internalFilter"));
    m_internal->setToolTip(tr("Threads with internal comments"));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setState(static_cast<AnnotationFilterModel::State>(m_state->currentData().toInt()));
        m_tree->expandAll();
        updateState();
    });
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setMineOnly(on);
        m_tree->expandAll();
        updateState();
    });
    connect(m_internal, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setInternalOnly(on);
        m_tree->expandAll();
        updateState();
    });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("annotationTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_delegate = new AnnotationDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setIndentation(14);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    for (int column = 1; column < AnnotationModel::ColumnCount; ++column)
        m_tree->setColumnHidden(column, true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AnnotationPanel::updateState);
    connect(m_tree, &QTreeView::clicked, this, &AnnotationPanel::activate);
    connect(m_tree, &QTreeView::activated, this, &AnnotationPanel::activate);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, [this] {
            m_tree->expandAll();
            updateState();
        });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateState();
    });
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &AnnotationPanel::updateState);

    m_comment = new QPushButton(tr("&Comment…"), this);
    m_comment->setObjectName(QStringLiteral("addCommentButton"));
    m_reply = new QPushButton(tr("&Reply…"), this);
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_resolve = new QPushButton(tr("Re&solve"), this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    connect(m_comment, &QPushButton::clicked, this, &AnnotationPanel::addComment);
    connect(m_reply, &QPushButton::clicked, this, &AnnotationPanel::reply);
    connect(m_resolve, &QPushButton::clicked, this, &AnnotationPanel::toggleResolved);

    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addStretch(1);
    heading->addWidget(m_count);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state, 1);
    filters->addWidget(m_mine);
    filters->addWidget(m_internal);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_comment);
    buttons->addWidget(m_reply);
    buttons->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(heading);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    updateState();
}

AnnotationPanel::~AnnotationPanel() = default;

void AnnotationPanel::setPackUid(const QString &packUid)
{
    if (packUid == m_packUid)
        return;
    m_packUid = packUid;
    AnnotationQuery query;
    query.packUid = packUid.isEmpty() ? QStringLiteral("-") : packUid;
    m_model->setQuery(query);
    m_tree->expandAll();
    updateState();
}

void AnnotationPanel::setItemTitles(const QHash<QString, QString> &titles)
{
    m_delegate->setItemTitles(titles);
    m_tree->viewport()->update();
}

void AnnotationPanel::setCurrentItem(const PackItem *item)
{
    m_hasItem = item != nullptr;
    m_item = item ? *item : PackItem();
    updateState();
}

QString AnnotationPanel::currentUid() const
{
    return m_tree->currentIndex().data(AnnotationModel::UidRole).toString();
}

bool AnnotationPanel::selectAnnotation(const QString &uid)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfUid(uid));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void AnnotationPanel::addComment()
{
    if (!m_hasItem || m_packUid.isEmpty())
        return;
    AnnotationDialog dialog(tr("Comment"), tr("On the item “%1”").arg(m_item.title), this);
    if (m_item.kind == PackItemKind::Measure) {
        QList<QPair<QString, QString>> areas;
        const QList<Area> all = ReferenceData::areas();
        for (const QString &code : std::as_const(m_item.measure.areaCodes)) {
            QString name = code;
            for (const Area &area : all) {
                if (area.code == code)
                    name = area.name;
            }
            areas.append({code, name});
        }
        dialog.offerDataPoint(areas, m_item.measure.toPeriod);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation annotation;
    annotation.anchor = dialog.onDataPoint()
                            ? AnnotationAnchor::onPoint(m_item.measure.measureCode, dialog.areaCode(),
                                                        dialog.periodKey(), m_packUid)
                            : AnnotationAnchor::onItem(m_packUid, m_item.uid);
    annotation.text = dialog.text();
    annotation.visibility = dialog.visibility();
    auto *command = new AddAnnotationCommand(m_workspace.annotations(), annotation);
    command->setText(tr("Add comment"));
    m_workspace.undoStack().push(command);
    if (!command->uid().isEmpty())
        selectAnnotation(command->uid());
}

void AnnotationPanel::reply()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QString threadUid = current.data(AnnotationModel::ThreadUidRole).toString();
    const Result<Annotation> root = m_workspace.annotations().annotation(threadUid);
    if (!root)
        return;
    AnnotationDialog dialog(tr("Reply"), tr("Reply to %1: “%2”").arg(root->author, root->text.left(120)),
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation annotation;
    annotation.threadUid = threadUid;
    annotation.anchor = root->anchor;
    annotation.text = dialog.text();
    annotation.visibility = dialog.visibility();
    auto *command = new AddAnnotationCommand(m_workspace.annotations(), annotation);
    command->setText(tr("Reply to comment"));
    m_workspace.undoStack().push(command);
    if (!command->uid().isEmpty())
        selectAnnotation(command->uid());
}

void AnnotationPanel::toggleResolved()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QString threadUid = current.data(AnnotationModel::ThreadUidRole).toString();
    const bool resolved = current.data(AnnotationModel::ResolvedRole).toBool();
    m_workspace.undoStack().push(
        new ResolveAnnotationCommand(m_workspace.annotations(), threadUid, !resolved));
    updateState();
}

void AnnotationPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(AnnotationModel::AnchorKindRole).toString() == QLatin1String("data_point"))
        Q_EMIT pointRequested(index.data(AnnotationModel::MeasureCodeRole).toString(),
                              index.data(AnnotationModel::AreaCodeRole).toString(),
                              index.data(AnnotationModel::PeriodRole).toString());
    else
        Q_EMIT itemRequested(index.data(AnnotationModel::ItemUidRole).toString());
}

void AnnotationPanel::updateState()
{
    const QModelIndex current = m_tree->currentIndex();
    m_comment->setEnabled(m_hasItem && !m_packUid.isEmpty());
    m_comment->setToolTip(m_hasItem ? tr("Comment on “%1”").arg(m_item.title)
                                    : tr("Select an item to comment on"));
    m_reply->setEnabled(current.isValid());
    m_resolve->setEnabled(current.isValid());
    m_resolve->setText(current.isValid() && current.data(AnnotationModel::ResolvedRole).toBool()
                           ? tr("Re&open")
                           : tr("Re&solve"));
    int open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, 0).data(AnnotationModel::ResolvedRole).toBool())
            ++open;
    }
    m_count->setText(tr("%1 open, %2 in all").arg(open).arg(m_model->rowCount()));
}

} // namespace cw
