#include "packs/versiondiffdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw {

namespace {

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("latest_value"), QT_TRANSLATE_NOOP("cw::VersionDiffDialog", "Latest value")},
        {QStringLiteral("current"), QT_TRANSLATE_NOOP("cw::VersionDiffDialog", "Current period")},
        {QStringLiteral("previous"), QT_TRANSLATE_NOOP("cw::VersionDiffDialog", "Previous period")},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("cw::VersionDiffDialog", "Change (%)")},
        {QStringLiteral("points"), QT_TRANSLATE_NOOP("cw::VersionDiffDialog", "Change (points)")},
        {QStringLiteral("flag"), QT_TRANSLATE_NOOP("cw::VersionDiffDialog", "Significance")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("cw::VersionDiffDialog", "Key fact")}};
    const auto found = names.constFind(field);
    return found == names.cend() ? field : VersionDiffDialog::tr(*found);
}

} // namespace

VersionDiffDialog::VersionDiffDialog(const PackVersionDiff &diff, int version,
                                     const QHash<QString, QString> &itemTitles, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("versionDiffDialog"));
    setWindowTitle(tr("Changes since the previous approved version"));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("diffSummary"));
    summary->setWordWrap(true);
    if (diff.previousPackId == 0)
        summary->setText(
            tr("Version %1 has no earlier approved version to compare with: every measure item is new.")
                .arg(version));
    else
        summary->setText(tr("Version %1 against approved version %2: %n key number(s) changed.", nullptr,
                            int(diff.changes.size()))
                             .arg(version)
                             .arg(diff.previousVersion));

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Area"), tr("What"), tr("Before"), tr("After")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    const auto addRow = [this](const QStringList &cells) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    };
    for (const KeyFactChange &change : diff.changes)
        addRow({change.itemTitle, change.areaCode, fieldName(change.field), change.before, change.after});
    for (const QString &uid : diff.addedItemUids)
        addRow({itemTitles.value(uid, uid), QString(), tr("Item added"), QString(), QString()});
    for (const QString &uid : diff.removedItemUids)
        addRow({itemTitles.value(uid, uid), QString(), tr("Item removed"), QString(), QString()});
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace cw
