#include "raci/racipage.h"

#include "raci/racidetailspanel.h"
#include "raci/racitablemodel.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {
namespace {

const QString Letters = QStringLiteral("RACI");

QToolButton* makeButton(QWidget* parent, const QString& name, const QString& icon, const QString& text,
                        const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    if (!icon.isEmpty())
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    button->setToolButtonStyle(text.isEmpty() ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

RaciPage::RaciPage(QWidget* parent)
    : Page(parent)
    , m_model(new RaciTableModel(this))
    , m_view(new QTableView(this))
    , m_details(new RaciDetailsPanel(this))
    , m_problems(new QLabel(this))
    , m_lettersMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("raciPage"));

    m_addActivity = makeButton(this, QStringLiteral("addActivityToolButton"), QStringLiteral("list-add"),
                               tr("Activity"), tr("Add an activity (Ctrl+Shift+N)"));
    m_removeActivity = makeButton(this, QStringLiteral("removeActivityToolButton"), QStringLiteral("list-remove"), {},
                                  tr("Delete the current activity"));
    m_moveActivityUp = makeButton(this, QStringLiteral("moveActivityUpToolButton"), QStringLiteral("move-up"), {},
                                  tr("Move the activity up (Ctrl+Up)"));
    m_moveActivityDown = makeButton(this, QStringLiteral("moveActivityDownToolButton"), QStringLiteral("move-down"), {},
                                    tr("Move the activity down (Ctrl+Down)"));
    m_addRole =
        makeButton(this, QStringLiteral("addRoleToolButton"), QStringLiteral("list-add"), tr("Role"), tr("Add a role"));
    m_removeRole = makeButton(this, QStringLiteral("removeRoleToolButton"), QStringLiteral("list-remove"), {},
                              tr("Delete the current role"));
    m_moveRoleLeft = makeButton(this, QStringLiteral("moveRoleLeftToolButton"), QStringLiteral("move-left"), {},
                                tr("Move the role left (Ctrl+Left)"));
    m_moveRoleRight = makeButton(this, QStringLiteral("moveRoleRightToolButton"), QStringLiteral("move-right"), {},
                                 tr("Move the role right (Ctrl+Right)"));
    m_letters = makeButton(this, QStringLiteral("lettersToolButton"), {}, tr("Letters…"),
                           tr("Choose the letters of the current cell (Enter)"));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QToolButton* button : {m_addActivity, m_removeActivity, m_moveActivityUp, m_moveActivityDown})
        buttons->addWidget(button);
    buttons->addSpacing(16);
    for (QToolButton* button : {m_addRole, m_removeRole, m_moveRoleLeft, m_moveRoleRight})
        buttons->addWidget(button);
    buttons->addSpacing(16);
    buttons->addWidget(m_letters);
    buttons->addStretch(1);

    m_view->setObjectName(QStringLiteral("raciTableView"));
    m_view->setAccessibleName(tr("RACI matrix"));
    m_view->setAccessibleDescription(
        tr("Activities down, roles across. R, A, C and I toggle a letter; Enter chooses from a menu."));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // arrows move between cells, Tab leaves for the names
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(72);
    m_view->horizontalHeader()->setHighlightSections(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setHighlightSections(true);
    m_view->installEventFilter(this);
    // The corner between the headers (select all) means nothing in a one-cell selection, but a
    // screen reader still finds it: it is off, and named for what it sits over.
    m_view->setCornerButtonEnabled(false);
    if (auto* corner = m_view->findChild<QAbstractButton*>()) {
        corner->setObjectName(QStringLiteral("raciCornerAbstractButton"));
        corner->setAccessibleName(tr("Activities and roles"));
    }

    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lettersMenu->setObjectName(QStringLiteral("lettersMenu"));
    const QString words[] = {tr("&R  Responsible"), tr("&A  Accountable"), tr("&C  Consulted"), tr("&I  Informed")};
    for (int i = 0; i < 4; ++i) {
        QAction* action = m_lettersMenu->addAction(words[i]);
        action->setObjectName(QStringLiteral("letter%1Action").arg(Letters[i]));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, letter = Letters[i]] { toggleLetter(letter); });
    }
    m_lettersMenu->addSeparator();
    QAction* clear = m_lettersMenu->addAction(tr("C&lear"));
    clear->setObjectName(QStringLiteral("clearLettersAction"));
    connect(clear, &QAction::triggered, this, &RaciPage::clearCurrentCell);

    auto* gridSide = new QWidget(this);
    auto* gridLayout = new QVBoxLayout(gridSide);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addLayout(buttons);
    gridLayout->addWidget(m_view, 1);
    gridLayout->addWidget(m_problems);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("raciSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(gridSide);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_addActivity, &QToolButton::clicked, this, &RaciPage::addActivity);
    connect(m_removeActivity, &QToolButton::clicked, this, [this] { removeActivity(currentActivity()); });
    connect(m_moveActivityUp, &QToolButton::clicked, this, [this] { moveActivity(-1); });
    connect(m_moveActivityDown, &QToolButton::clicked, this, [this] { moveActivity(1); });
    connect(m_addRole, &QToolButton::clicked, this, &RaciPage::addRole);
    connect(m_removeRole, &QToolButton::clicked, this, [this] { removeRole(currentRole()); });
    connect(m_moveRoleLeft, &QToolButton::clicked, this, [this] { moveRole(-1); });
    connect(m_moveRoleRight, &QToolButton::clicked, this, [this] { moveRole(1); });
    connect(m_letters, &QToolButton::clicked, this, &RaciPage::openLettersMenu);
    connect(m_view, &QTableView::doubleClicked, this, &RaciPage::openLettersMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RaciPage::onCurrentChanged);
    // In single-cell selection a header click selects nothing by itself: it moves to the
    // activity's (or role's) cell, and a role header click makes Edit › Delete mean that role.
    connect(m_view->verticalHeader(), &QHeaderView::sectionClicked, this,
            [this](int row) { setCurrentCell(row, std::max(currentRole(), 0)); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        setCurrentCell(std::max(currentActivity(), 0), column);
        m_roleChosen = true;
        Q_EMIT actionsChanged();
    });
    connect(m_view->verticalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int row) {
        setCurrentCell(row, std::max(currentRole(), 0));
        m_details->focusActivityName();
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int column) {
        setCurrentCell(std::max(currentActivity(), 0), column);
        m_details->focusRoleName();
    });
    connect(m_lettersMenu, &QMenu::aboutToShow, this, &RaciPage::fillLettersMenu);
    connect(m_details, &RaciDetailsPanel::activityNameEdited, this,
            [this](const QString& name) { renameActivity(currentActivity(), name); });
    connect(m_details, &RaciDetailsPanel::roleNameEdited, this,
            [this](const QString& name) { renameRole(currentRole(), name); });
    connect(m_details, &RaciDetailsPanel::holdersEdited, this,
            [this](const std::vector<Id>& people) { setHolders(currentRole(), people); });

    // Tab runs buttons, grid, names, holders: the grid comes after the buttons that act on it.
    setTabOrder(m_letters, m_view);
    updateTint();
    updateProblems();
    updateButtons();
}

QString RaciPage::title() const
{
    return tr("RACI");
}

QIcon RaciPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/raci.svg"));
}

qint64 RaciPage::count() const
{
    return m_store ? m_store->count(countTable()) : 0;
}

QString RaciPage::countTable() const
{
    return QStringLiteral("raci_activities");
}

void RaciPage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &RaciPage::onUndoStackIndexChanged);
    m_model->setMatrix({}, {}); // a new file: nothing of the old one stays selected
    reload();
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        setCurrentCell(0, 0);
}

void RaciPage::reload()
{
    const int activity = currentActivity();
    const int role = currentRole();
    m_model->setMatrix(m_store ? m_store->raci() : Raci{}, m_store ? m_store->personNames() : std::vector<NamedId>{});
    m_details->setPeople(m_model->people());
    m_details->setEditable(writable());
    // The cell where the person was, or the nearest one left after a row or column went away.
    if (activity >= 0 || role >= 0)
        setCurrentCell(std::max(activity, 0), std::max(role, 0));
    onCurrentChanged();
    updateProblems();
}

bool RaciPage::writable() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

bool RaciPage::canAdd() const
{
    return writable();
}

bool RaciPage::canRemove() const
{
    return writable() && (currentActivity() >= 0 || currentRole() >= 0);
}

void RaciPage::add()
{
    addActivity();
}

void RaciPage::remove()
{
    if (m_roleChosen || (currentActivity() < 0 && currentRole() >= 0))
        removeRole(currentRole());
    else
        removeActivity(currentActivity());
}

int RaciPage::currentActivity() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return current.row();
    return m_model->rowCount() > 0 && m_model->columnCount() == 0 ? 0 : -1;
}

int RaciPage::currentRole() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return current.column();
    return m_model->columnCount() > 0 && m_model->rowCount() == 0 ? 0 : -1;
}

void RaciPage::setCurrentCell(int activity, int role)
{
    activity = std::min(activity, m_model->rowCount() - 1);
    role = std::min(role, m_model->columnCount() - 1);
    const QModelIndex index = m_model->index(activity, role);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void RaciPage::onCurrentChanged()
{
    m_roleChosen = false; // moving between cells makes Delete mean the activity again
    const Raci& raci = m_model->matrix();
    const int activity = currentActivity();
    const int role = currentRole();
    m_details->setActivity(activity >= 0 ? std::optional(raci.activities[std::size_t(activity)]) : std::nullopt);
    m_details->setRole(role >= 0 ? std::optional(raci.roles[std::size_t(role)]) : std::nullopt);
    updateButtons();
    Q_EMIT actionsChanged();
}

void RaciPage::onUndoStackIndexChanged()
{
    if (m_pushing || !m_store)
        return;
    reload(); // undo or redo changed the store behind the model
    Q_EMIT inventoryChanged();
}

void RaciPage::updateButtons()
{
    const bool editable = writable();
    const int activity = currentActivity();
    const int role = currentRole();
    const bool cell = m_view->currentIndex().isValid();
    m_addActivity->setEnabled(editable);
    m_addRole->setEnabled(editable);
    m_removeActivity->setEnabled(editable && activity >= 0);
    m_removeRole->setEnabled(editable && role >= 0);
    m_moveActivityUp->setEnabled(editable && activity > 0);
    m_moveActivityDown->setEnabled(editable && activity >= 0 && activity + 1 < m_model->rowCount());
    m_moveRoleLeft->setEnabled(editable && role > 0);
    m_moveRoleRight->setEnabled(editable && role >= 0 && role + 1 < m_model->columnCount());
    m_letters->setEnabled(editable && cell);
}

void RaciPage::updateProblems()
{
    if (m_model->rowCount() == 0 || m_model->columnCount() == 0) {
        m_problems->setText(tr("Add the activities the rollout needs and the roles that take part in them."));
        return;
    }
    const QStringList problems = m_model->allProblems();
    if (problems.isEmpty()) {
        m_problems->setText(tr("Every activity has exactly one A and at least one R."));
        return;
    }
    // Text, not only the tint: the problem list reads the same in any palette and to a screen reader.
    int rows = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows += m_model->problems(row).isEmpty() ? 0 : 1;
    m_problems->setText(tr("\u26a0 %n activity(s) break the RACI rules:", nullptr, rows) + QLatin1Char('\n') +
                        problems.join(QLatin1Char('\n')));
}

void RaciPage::updateTint()
{
    // Red mixed into the base colour, light or dark: a tint the letters stay readable on.
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor red = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xe5, 0x39, 0x35);
    const qreal share = dark ? 0.28 : 0.16;
    m_model->setProblemTint(QColor::fromRgbF(base.redF() * (1 - share) + red.redF() * share,
                                             base.greenF() * (1 - share) + red.greenF() * share,
                                             base.blueF() * (1 - share) + red.blueF() * share));
}

void RaciPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateTint();
    Page::changeEvent(event);
}

void RaciPage::fillLettersMenu()
{
    const QString now = m_view->currentIndex().data().toString();
    for (QChar letter : Letters) {
        if (auto* action = m_lettersMenu->findChild<QAction*>(QStringLiteral("letter%1Action").arg(letter)))
            action->setChecked(now.contains(letter));
    }
}

void RaciPage::openLettersMenu()
{
    const QModelIndex current = m_view->currentIndex();
    if (!writable() || !current.isValid())
        return;
    const QRect cell = m_view->visualRect(current);
    m_lettersMenu->popup(m_view->viewport()->mapToGlobal(cell.bottomLeft()));
}

bool RaciPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return Page::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool plain = modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier;
    const bool control = modifiers == Qt::ControlModifier;
    const int k = key->key();
    const bool letter = plain && (k == Qt::Key_R || k == Qt::Key_A || k == Qt::Key_C || k == Qt::Key_I);
    const bool clear = modifiers == Qt::NoModifier && (k == Qt::Key_Delete || k == Qt::Key_Backspace);
    const bool open = modifiers == Qt::NoModifier && (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_F2);
    const bool move = control && (k == Qt::Key_Up || k == Qt::Key_Down || k == Qt::Key_Left || k == Qt::Key_Right);
    if (!letter && !clear && !open && !move)
        return Page::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Delete in a cell clears the cell, as in a spreadsheet: the window's Edit › Delete (same
        // key) would otherwise remove the whole activity.
        event->accept();
        return true;
    }
    if (letter)
        toggleLetter(QChar(k));
    else if (clear)
        clearCurrentCell();
    else if (open)
        openLettersMenu();
    else if (k == Qt::Key_Up || k == Qt::Key_Down)
        moveActivity(k == Qt::Key_Up ? -1 : 1);
    else
        moveRole(k == Qt::Key_Left ? -1 : 1);
    return true;
}

} // namespace steward::ui
