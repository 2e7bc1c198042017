#include "policy/policysectionseditor.h"

#include "commands/policycommands.h"
#include "store/store.h"
#include "widgets/formhelpers.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward::ui {
namespace {

// Merge keys of section edits, above those of the other policy fields.
qint64 titleKey(Id id)
{
    return 1000 + id * 2;
}

qint64 bodyKey(Id id)
{
    return 1000 + id * 2 + 1;
}

} // namespace

PolicySectionsEditor::PolicySectionsEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("policySectionsEditor"));
    buildWidgets();
    setEditable(false);
}

void PolicySectionsEditor::buildWidgets()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sectionsListWidget"));
    m_list->setAccessibleName(tr("Sections"));
    m_list->installEventFilter(this);
    auto makeButton = [this](const QString& name, const QString& icon, const QString& tip) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setAutoRaise(true);
        return button;
    };
    m_add = makeButton(QStringLiteral("addSectionToolButton"), QStringLiteral("list-add"), tr("Add a section"));
    m_remove = makeButton(QStringLiteral("removeSectionToolButton"), QStringLiteral("list-remove"),
                          tr("Delete the selected section"));
    m_up = makeButton(QStringLiteral("moveSectionUpToolButton"), QStringLiteral("move-up"),
                      tr("Move the section up (Ctrl+Up)"));
    m_down = makeButton(QStringLiteral("moveSectionDownToolButton"), QStringLiteral("move-down"),
                        tr("Move the section down (Ctrl+Down)"));
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* listLabel = new QLabel(tr("&Sections"), listPane);
    listLabel->setBuddy(m_list);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);

    m_editorPane = new QWidget(this);
    m_title = new QLineEdit(m_editorPane);
    m_title->setObjectName(QStringLiteral("sectionTitleLineEdit"));
    m_title->setAccessibleName(tr("Section title"));
    m_title->setPlaceholderText(tr("Section title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body = new QPlainTextEdit(m_editorPane);
    m_body->setObjectName(QStringLiteral("sectionBodyPlainTextEdit"));
    m_body->setAccessibleName(tr("Section text (Markdown)"));
    m_body->setPlaceholderText(tr("Write in Markdown: **bold**, *italic*, - lists, [links](https://…)"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->installEventFilter(this);
    m_preview = new QTextBrowser(m_editorPane);
    m_preview->setObjectName(QStringLiteral("sectionPreviewTextBrowser"));
    m_preview->setAccessibleName(tr("Section as it reads"));
    m_preview->setOpenExternalLinks(true);
    m_preview->document()->setDocumentMargin(12);
    m_message = makeErrorLabel(m_editorPane, QStringLiteral("sectionErrorLabel"));

    auto* textSplitter = new QSplitter(Qt::Horizontal, m_editorPane);
    textSplitter->setObjectName(QStringLiteral("sectionTextSplitter"));
    textSplitter->addWidget(m_body);
    textSplitter->addWidget(m_preview);
    textSplitter->setChildrenCollapsible(false);
    auto* editorLayout = new QVBoxLayout(m_editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* titleLabel = new QLabel(tr("&Title"), m_editorPane);
    titleLabel->setBuddy(m_title);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(titleLabel);
    titleRow->addWidget(m_title, 1);
    editorLayout->addLayout(titleRow);
    editorLayout->addWidget(m_message);
    auto* textLabel = new QLabel(tr("Te&xt (Markdown) and how it reads"), m_editorPane);
    textLabel->setBuddy(m_body);
    editorLayout->addWidget(textLabel);
    editorLayout->addWidget(textSplitter, 1);

    m_empty = new QLabel(tr("The policy has no free sections yet. Add one for anything the lists do not say: who "
                            "may use the agent and how, exceptions, where to ask."),
                         this);
    m_empty->setObjectName(QStringLiteral("sectionsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editorPane, 1);
    rightLayout->addWidget(m_empty, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sectionsSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QToolButton::clicked, this, &PolicySectionsEditor::addSection);
    connect(m_remove, &QToolButton::clicked, this, &PolicySectionsEditor::removeCurrentSection);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_loading)
            return;
        m_message->hide(); // a refused title is left behind with its section
        showCurrent();
        Q_EMIT selectionChanged();
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && !m_title->isReadOnly())
            commitTitle(m_title->text());
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, &PolicySectionsEditor::updatePreview);
}

void PolicySectionsEditor::setStore(Store* store, QUndoStack* undoStack)
{
    m_store = store;
    m_undoStack = undoStack;
    m_message->hide();
    reload();
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

void PolicySectionsEditor::reload()
{
    const Id selected = currentSectionId();
    m_policy = m_store ? m_store->policy() : Policy{};
    m_loading = true;
    m_list->clear();
    for (const PolicySection& section : m_policy.sections) {
        auto* item = new QListWidgetItem(section.title.isEmpty() ? tr("(untitled)") : section.title, m_list);
        item->setData(Qt::UserRole, section.id);
    }
    selectSection(selected); // still loading: the row-change handler leaves the editors alone
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_loading = false;
    showCurrent();
    setEditable(m_store && !m_store->isReadOnly());
}

Id PolicySectionsEditor::currentSectionId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PolicySectionsEditor::selectSection(Id id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

const PolicySection* PolicySectionsEditor::current() const
{
    const Id id = currentSectionId();
    for (const PolicySection& section : m_policy.sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

void PolicySectionsEditor::showCurrent()
{
    const PolicySection* section = current();
    m_editorPane->setVisible(section != nullptr);
    m_empty->setVisible(section == nullptr);
    m_loading = true;
    const bool keepTyped = !m_message->isHidden();
    if (!keepTyped) {
        setTextKeepingCursor(m_title, section ? section->title : QString());
        setPlainTextKeepingCursor(m_body, section ? section->body : QString());
    }
    m_loading = false;
    updatePreview();
    setEditable(m_store && !m_store->isReadOnly());
}

void PolicySectionsEditor::updatePreview()
{
    m_preview->setMarkdown(m_body->toPlainText());
}

bool PolicySectionsEditor::push(const QString& text, const std::function<void(Policy&)>& change, qint64 mergeKey)
{
    if (!m_store || m_store->isReadOnly())
        return false;
    const QString error = pushPolicyEdit(m_store, m_undoStack, text, change, mergeKey);
    if (!error.isEmpty()) {
        showMessage(error);
        return false;
    }
    m_message->hide();
    reload();
    return true;
}

void PolicySectionsEditor::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

QString PolicySectionsEditor::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool PolicySectionsEditor::commitTitle(const QString& typedTitle)
{
    const PolicySection* section = current();
    if (!section)
        return true;
    const Id id = section->id;
    const QString title = typedTitle.trimmed();
    if (title.isEmpty()) {
        showMessage(tr("A section needs a title."));
        return false;
    }
    return push(
        tr("Edit section title"),
        [id, title](Policy& p) {
            for (PolicySection& s : p.sections) {
                if (s.id == id)
                    s.title = title;
            }
        },
        titleKey(id));
}

bool PolicySectionsEditor::commitBody(const QString& body)
{
    const PolicySection* section = current();
    if (!section)
        return true;
    const Id id = section->id;
    return push(
        tr("Edit section \u201c%1\u201d").arg(section->title),
        [id, body](Policy& p) {
            for (PolicySection& s : p.sections) {
                if (s.id == id)
                    s.body = body;
            }
        },
        bodyKey(id));
}

bool PolicySectionsEditor::commitPending()
{
    if (!m_store || m_store->isReadOnly() || !current())
        return true;
    // Both texts are read before either commit: each commit reloads the editors from the store.
    const QString title = m_title->text();
    const QString body = m_body->toPlainText();
    const bool titleOk = commitTitle(title);
    return commitBody(body) && titleOk;
}

void PolicySectionsEditor::addSection()
{
    if (!m_store || m_store->isReadOnly() || !commitPending())
        return;
    // A title nobody else has, so the new section is easy to find in the list.
    QString title = tr("New section");
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(m_policy.sections.begin(), m_policy.sections.end(),
                                       [&title](const PolicySection& s) { return s.title == title; });
        if (!taken)
            break;
        title = tr("New section %1").arg(n);
    }
    const int row = m_list->currentRow() + 1;
    if (!push(
            tr("Add section"),
            [row, title](Policy& p) {
                p.sections.insert(p.sections.begin() + std::clamp<qsizetype>(row, 0, qsizetype(p.sections.size())),
                                  {0, title, QString()});
            },
            0))
        return;
    m_list->setCurrentRow(row);
    m_title->setFocus();
    m_title->selectAll();
}

bool PolicySectionsEditor::canRemove() const
{
    return m_store && !m_store->isReadOnly() && current();
}

void PolicySectionsEditor::removeCurrentSection()
{
    // Typed text is stored first, so the question below sees it and undo brings it back.
    if (!canRemove() || !commitPending())
        return;
    const PolicySection* section = current();
    if (!section)
        return;
    const Id id = section->id;
    if (!section->body.trimmed().isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Delete section"),
            tr("Delete the section \u201c%1\u201d and its text? Edit \u203a Undo brings it back.").arg(section->title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const int row = m_list->currentRow();
    m_message->hide();
    if (push(
            tr("Delete section \u201c%1\u201d").arg(section->title),
            [id](Policy& p) { std::erase_if(p.sections, [id](const PolicySection& s) { return s.id == id; }); }, 0))
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void PolicySectionsEditor::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (!canRemove() || row < 0 || target < 0 || target >= m_list->count() || !commitPending())
        return;
    const Id id = currentSectionId();
    push(
        tr("Move section"),
        [row, target](Policy& p) { std::swap(p.sections[std::size_t(row)], p.sections[std::size_t(target)]); }, 0);
    selectSection(id);
}

void PolicySectionsEditor::setEditable(bool editable)
{
    const bool any = current() != nullptr;
    const int row = m_list->currentRow();
    m_title->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && any);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < m_list->count() - 1);
}

bool PolicySectionsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_body && event->type() == QEvent::FocusOut && !m_loading && !m_body->isReadOnly())
        commitBody(m_body->toPlainText());
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->modifiers() & Qt::ControlModifier) && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace steward::ui
