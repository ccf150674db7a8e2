#include "packs/narrativeeditor.h"

#include <QAction>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "common/pendingeditfilter.h"

namespace cw {

NarrativeEditor::NarrativeEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QTextEdit(this))
    , m_toolbar(new QToolBar(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("narrativeEditor"));
    m_edit->setObjectName(QStringLiteral("narrativeEdit"));
    m_edit->setAcceptRichText(true);
    m_edit->setUndoRedoEnabled(false); // the workspace's stack undoes edits
    m_edit->setTabChangesFocus(true);
    m_toolbar->setObjectName(QStringLiteral("narrativeToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));

    const auto add = [this](const QString &text, const char *name, const QKeySequence &key, auto slot) {
        QAction *action = m_toolbar->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(key.isEmpty() ? text
                                         : tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction *bold = add(tr("Bold"), "boldAction", QKeySequence::Bold, [this] {
        QTextCharFormat format;
        format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
        m_edit->mergeCurrentCharFormat(format);
    });
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    QAction *italic = add(tr("Italic"), "italicAction", QKeySequence::Italic,
                          [this] { m_edit->setFontItalic(!m_edit->fontItalic()); });
    QFont italicFont = italic->font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    m_toolbar->addSeparator();
    add(tr("Heading"), "headingAction", QKeySequence(Qt::CTRL | Qt::Key_2), [this] { setHeading(2); });
    add(tr("Subheading"), "subheadingAction", QKeySequence(Qt::CTRL | Qt::Key_3), [this] { setHeading(3); });
    add(tr("Body text"), "bodyTextAction", QKeySequence(Qt::CTRL | Qt::Key_0), [this] { setHeading(0); });
    m_toolbar->addSeparator();
    add(tr("Bullets"), "bulletListAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
        [this] { toggleList(false); });
    add(tr("Numbering"), "numberedListAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
        [this] { toggleList(true); });

    m_pause->setSingleShot(true);
    m_pause->setInterval(1000);
    connect(m_pause, &QTimer::timeout, this, &NarrativeEditor::commit);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_pause->start();
    });
    new PendingEditFilter(
        m_edit, [this] { commit(); }, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_edit, 1);
}

NarrativeEditor::~NarrativeEditor()
{
    delete m_filter; // the text field outlives this part of the object
}

void NarrativeEditor::setBody(const QString &html)
{
    if (html == m_shown)
        return;
    m_pause->stop();
    const QScopedValueRollback loading(m_loading, true);
    const int position = m_edit->textCursor().position();
    m_edit->setHtml(html);
    m_shown = m_edit->toHtml(); // normalised, so that commit() compares like with like
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(qMin(position, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cursor);
}

QString NarrativeEditor::body() const
{
    return m_edit->toPlainText().trimmed().isEmpty() ? QString() : m_edit->toHtml();
}

void NarrativeEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_toolbar->setEnabled(!readOnly);
}

void NarrativeEditor::commit()
{
    m_pause->stop();
    if (m_edit->isReadOnly())
        return;
    const QString html = m_edit->toHtml();
    if (html == m_shown)
        return;
    m_shown = html;
    Q_EMIT bodyEdited(body());
}

void NarrativeEditor::setHeading(int level)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.setBlockFormat(block);
    // Headings are bold and larger; body text is neither (QTextDocument has no heading styles).
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level == 2 ? 2 : level == 3 ? 1 : 0);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
    m_edit->mergeCurrentCharFormat(chars);
}

void NarrativeEditor::toggleList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list != nullptr && list->format().style() == style) {
        // Out of the list: the block goes back to plain paragraphs.
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        QTextListFormat format;
        format.setStyle(style);
        cursor.createList(format);
    }
    cursor.endEditBlock();
}

} // namespace cw
