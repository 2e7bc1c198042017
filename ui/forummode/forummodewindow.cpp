#include "forummode/forummodewindow.h"

#include "commands/forumcommands.h"
#include "commands/meetingcommands.h"
#include "forum/agenda.h"
#include "forum/minutes.h"
#include "forummode/agendaslide.h"
#include "forummode/decisionpanel.h"
#include "forummode/minutesslide.h"
#include "forummode/minuteswriter.h"
#include "rules/findings.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {
namespace {

QString scaleKey()
{
    return QStringLiteral("forum/fontScale");
}

bool isOneOf(int key, std::initializer_list<int> keys)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// The widget with focus or the editing widget it is part of (a date edit's line edit).
template <typename T> bool focusIs(QWidget* focus)
{
    return focus && (qobject_cast<T*>(focus) || qobject_cast<T*>(focus->parentWidget()));
}

} // namespace

ForumModeWindow::ForumModeWindow(Store* store, QUndoStack* stack, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_stack(stack)
    , m_slides(new QStackedWidget(this))
    , m_footer(new QLabel(this))
{
    setObjectName(QStringLiteral("forumModeWindow"));
    setWindowTitle(tr("Steward — Forum Mode"));
    setFocusPolicy(Qt::StrongFocus);
    m_scale = std::clamp(QSettings().value(scaleKey(), 1.0).toDouble(), minScale, maxScale);
    m_session.date = QDate::currentDate();
    // A meeting already recorded today is the one being held; otherwise last time's attendees are
    // ticked to start from (not recorded until asked).
    syncSession();
    if (!m_session.meetingId) {
        if (const std::optional<ForumMeeting> last = m_store->lastForumMeeting())
            m_session.attendees = last->attendees;
    }

    m_slides->setObjectName(QStringLiteral("slidesStackedWidget"));
    m_footer->setObjectName(QStringLiteral("forumFooterLabel"));
    m_footer->setProperty("forumRole", QStringLiteral("muted"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_slides, 1);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(72, 0, 72, 0);
    footer->addWidget(m_footer);
    layout->addLayout(footer);

    auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence::ZoomIn, [this] { setFontScale(m_scale * 1.1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { setFontScale(m_scale * 1.1); });
    addShortcut(QKeySequence::ZoomOut, [this] { setFontScale(m_scale / 1.1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { setFontScale(1.0); });
    addShortcut(QKeySequence::Undo, [this] { m_stack->undo(); });
    addShortcut(QKeySequence::Redo, [this] { m_stack->redo(); });

    connect(m_stack, &QUndoStack::indexChanged, this, &ForumModeWindow::scheduleRebuild);
    qApp->installEventFilter(this);
    applyTheme();
    rebuild();
}

ForumModeWindow::~ForumModeWindow()
{
    qApp->removeEventFilter(this);
}

int ForumModeWindow::slideCount() const
{
    return m_slides->count();
}

int ForumModeWindow::currentSlide() const
{
    return m_slides->currentIndex();
}

void ForumModeWindow::showSlide(int index)
{
    if (m_slides->count() == 0)
        return;
    m_slides->setCurrentIndex(std::clamp(index, 0, m_slides->count() - 1));
    updateFooter();
    // The presenter's keys belong to the slides, not to a button left with focus.
    setFocus(Qt::OtherFocusReason);
}

Slide* ForumModeWindow::slide(int index) const
{
    return qobject_cast<Slide*>(m_slides->widget(index));
}

Slide* ForumModeWindow::slide(const QString& key) const
{
    return slide(slideIndex(key));
}

int ForumModeWindow::slideIndex(const QString& key) const
{
    for (int i = 0; i < m_slides->count(); ++i) {
        if (slide(i)->key() == key)
            return i;
    }
    return -1;
}

MeetingSlide* ForumModeWindow::meetingSlide() const
{
    return qobject_cast<MeetingSlide*>(slide(QStringLiteral("meeting")));
}

MinutesSlide* ForumModeWindow::minutesSlide() const
{
    return qobject_cast<MinutesSlide*>(slide(QStringLiteral("minutes")));
}

DecisionPanel* ForumModeWindow::decisionPanel(const QString& key) const
{
    Slide* found = slide(key);
    return found ? found->findChild<DecisionPanel*>() : nullptr;
}

void ForumModeWindow::setFontScale(double scale)
{
    m_scale = std::clamp(scale, minScale, maxScale);
    QSettings().setValue(scaleKey(), m_scale);
    applyFonts();
}

double ForumModeWindow::bodyPointSize(int height, double scale)
{
    return bodyPointsAt1080 * height / 1080.0 * scale;
}

double ForumModeWindow::bodyPointSize() const
{
    int height = this->height();
    if (!isVisible() && !testAttribute(Qt::WA_Resized) && screen())
        height = screen()->geometry().height();
    return bodyPointSize(height, m_scale);
}

void ForumModeWindow::syncSession()
{
    const std::vector<ForumMeeting> meetings = m_store->forumMeetings();
    if (m_session.meetingId) {
        const auto found = std::find_if(meetings.begin(), meetings.end(),
                                        [this](const ForumMeeting& m) { return m.id == m_session.meetingId; });
        if (found == meetings.end()) {
            m_session.meetingId = 0; // undone
        } else {
            m_session.date = found->heldOn;
            m_session.attendees = found->attendees;
        }
        return;
    }
    for (const ForumMeeting& meeting : meetings) {
        if (meeting.heldOn == m_session.date) {
            m_session.meetingId = meeting.id;
            m_session.attendees = meeting.attendees;
        }
    }
}

void ForumModeWindow::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    // Later: a decision panel asking for it is itself replaced.
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void ForumModeWindow::rebuild()
{
    const Slide* shown = slide(currentSlide());
    const QString key = shown ? shown->key() : QStringLiteral("meeting");
    const int index = std::max(0, currentSlide());
    // What was ticked on the first slide but not recorded yet survives the re-read.
    std::optional<std::pair<QDate, std::vector<Id>>> unrecorded;
    if (const MeetingSlide* meeting = meetingSlide(); meeting && !m_session.meetingId)
        unrecorded = std::make_pair(meeting->date(), meeting->checkedAttendees());
    while (m_slides->count() > 0) {
        QWidget* old = m_slides->widget(0);
        m_slides->removeWidget(old);
        old->deleteLater();
    }
    syncSession();

    auto* meeting = new MeetingSlide(m_store, m_session, m_slides);
    if (unrecorded && !m_session.meetingId) {
        meeting->setDate(unrecorded->first);
        meeting->setAttendees(unrecorded->second);
    }
    connect(meeting, &MeetingSlide::recordRequested, this, [this] {
        const QString error = recordMeeting();
        if (MeetingSlide* slide = meetingSlide())
            slide->showSession(m_session, error);
    });
    m_slides->addWidget(meeting);

    const rules::LintInput input = rules::readLintInput(*m_store);
    // "Since the last forum" of this meeting is the one before it.
    const forum::Figures figures = forum::readFiguresSince(*m_store, input, QDate::currentDate(),
                                                           forum::lastForumDateBefore(*m_store, m_session.date));
    int number = 1;
    for (const forum::AgendaItem& item : forum::agenda(figures, input)) {
        auto* agendaSlide = new AgendaSlide(item, number++, m_slides);
        if (!item.requestIds.empty()) {
            auto* panel = new DecisionPanel(m_store, m_stack, &m_session, item.requestIds, agendaSlide);
            agendaSlide->footer()->addWidget(panel);
            // The panel shows the chosen request's reason; the table keeps what fits a row. The
            // chosen request's row stands out, and clicking a row chooses that request.
            if (item.detailColumn >= 0)
                agendaSlide->hideTableColumn(item.detailColumn);
            const std::vector<Id> ids = item.requestIds;
            const auto rowOf = [ids](Id id) {
                const auto found = std::find(ids.begin(), ids.end(), id);
                return found == ids.end() ? -1 : int(found - ids.begin());
            };
            agendaSlide->highlightRow(rowOf(panel->currentRequest()));
            connect(panel, &DecisionPanel::currentRequestChanged, agendaSlide,
                    [agendaSlide, rowOf](Id id) { agendaSlide->highlightRow(rowOf(id)); });
            connect(agendaSlide, &AgendaSlide::rowChosen, panel, [panel, ids](int row) {
                if (row >= 0 && row < int(ids.size()))
                    panel->selectRequest(ids[std::size_t(row)]);
            });
        }
        m_slides->addWidget(agendaSlide);
    }

    auto* minutes = new MinutesSlide(m_store, m_session, m_slides);
    connect(minutes, &MinutesSlide::markReviewedRequested, this, [this] {
        const QString error = markGovernanceReviewed();
        if (MinutesSlide* slide = minutesSlide())
            slide->showMessage(error.isEmpty() ? tr("The policy and the three inventories are marked reviewed on %1.")
                                                     .arg(forum::dateText(m_session.date))
                                               : error);
    });
    connect(minutes, &MinutesSlide::writeRequested, this, &ForumModeWindow::chooseMinutesFile);
    if (!m_lastMinutesPath.isEmpty())
        minutes->showMessage(tr("Minutes written to %1").arg(QDir::toNativeSeparators(m_lastMinutesPath)));
    m_slides->addWidget(minutes);

    applyFonts();
    const int again = slideIndex(key);
    showSlide(again >= 0 ? again : index);
}

QString ForumModeWindow::recordMeeting()
{
    const MeetingSlide* slide = meetingSlide();
    if (!slide)
        return {};
    ForumMeeting meeting;
    meeting.heldOn = slide->date();
    meeting.attendees = slide->checkedAttendees();
    if (meeting.attendees.empty())
        return tr("Tick at least one attendee.");
    QString error;
    if (!m_session.meetingId) {
        error = pushRecordForumMeeting(m_store, m_stack, meeting);
        if (error.isEmpty()) {
            // The new meeting is the newest of that day.
            for (const ForumMeeting& stored : m_store->forumMeetings()) {
                if (stored.heldOn == meeting.heldOn)
                    meeting.id = std::max(meeting.id, stored.id);
            }
        }
    } else {
        meeting.id = m_session.meetingId;
        error = pushUpdateForumMeeting(m_store, m_stack, meeting);
    }
    if (!error.isEmpty())
        return error;
    m_session.date = meeting.heldOn;
    m_session.attendees = meeting.attendees;
    m_session.meetingId = meeting.id;
    scheduleRebuild();
    return {};
}

QString ForumModeWindow::markGovernanceReviewed()
{
    if (!m_session.meetingId)
        return tr("Record the meeting on the first slide first.");
    const MinutesSlide* slide = minutesSlide();
    return pushReviewGovernanceAtMeeting(
        m_store, m_stack, m_session.meetingId,
        {GovernanceKind::Policy, GovernanceKind::Workspaces, GovernanceKind::Connectors, GovernanceKind::Skills},
        slide ? slide->reviewer() : 0);
}

QString ForumModeWindow::suggestedMinutesPath() const
{
    const QFileInfo inventory(m_store->path());
    return inventory.dir().filePath(forum::minutesBaseName(m_session.date) + QStringLiteral(".md"));
}

QString ForumModeWindow::writeMinutes(const QString& markdownPath, QPageSize::PageSizeId pageSize)
{
    QStringList attendees;
    for (Id id : m_session.attendees) {
        if (const std::optional<Person> person = m_store->person(id))
            attendees.append(person->name);
    }
    forum::Minutes minutes = forum::readMinutes(*m_store, m_session.date, attendees, QDate::currentDate());
    minutes.inventory = QFileInfo(m_store->path()).fileName();
    const QFileInfo info(markdownPath);
    const QString pdfPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
    const QString error = ui::writeMinutes(minutes, markdownPath, pdfPath, pageSize);
    if (error.isEmpty())
        m_lastMinutesPath = markdownPath;
    return error;
}

void ForumModeWindow::chooseMinutesFile()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Write the Minutes"), suggestedMinutesPath(), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    MinutesSlide* slide = minutesSlide();
    const QString error = writeMinutes(path, slide ? slide->pageSize() : defaultPaper());
    if (slide) {
        const QFileInfo info(path);
        slide->showMessage(error.isEmpty() ? tr("Minutes written: %1 and %2")
                                                 .arg(QDir::toNativeSeparators(path),
                                                      QDir::toNativeSeparators(info.dir().filePath(
                                                          info.completeBaseName() + QStringLiteral(".pdf"))))
                                           : error);
    }
}

bool ForumModeWindow::handleKey(QKeyEvent* event)
{
    const int key = event->key();
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    // A field keeps the keys it edits with; Page Up/Down always turn the slide.
    QWidget* focus = QApplication::focusWidget();
    if (focusIs<QLineEdit>(focus) || focusIs<QAbstractSpinBox>(focus)) {
        if (isOneOf(key, {Qt::Key_Left, Qt::Key_Right, Qt::Key_Home, Qt::Key_End, Qt::Key_Space}))
            return false;
    } else if (focusIs<QAbstractItemView>(focus) || focusIs<QComboBox>(focus)) {
        if (isOneOf(key, {Qt::Key_Up, Qt::Key_Down, Qt::Key_Home, Qt::Key_End, Qt::Key_Space}))
            return false;
    } else if (focusIs<QAbstractButton>(focus) && key == Qt::Key_Space) {
        return false;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showSlide(currentSlide() + 1);
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        showSlide(currentSlide() - 1);
        return true;
    case Qt::Key_Home:
        showSlide(0);
        return true;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return false;
    }
}

bool ForumModeWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == this)
        return handleKey(static_cast<QKeyEvent*>(event));
    return QWidget::eventFilter(watched, event);
}

void ForumModeWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(scaleKey(), m_scale);
    Q_EMIT left();
    event->accept();
}

void ForumModeWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void ForumModeWindow::applyFonts()
{
    QFont body = QApplication::font();
    body.setPointSizeF(bodyPointSize());
    applyStyleSheet();
    setFont(body);
    for (int i = 0; i < m_slides->count(); ++i)
        slide(i)->setBodyFont(body);
    QFont small = body;
    small.setPointSizeF(body.pointSizeF() * 0.55);
    m_footer->setFont(small);
}

void ForumModeWindow::updateFooter()
{
    const Slide* shown = slide(currentSlide());
    m_footer->setText(tr("%1 / %2   ·   %3        → next   ← previous   Esc leaves   Ctrl+plus / minus: type size")
                          .arg(currentSlide() + 1)
                          .arg(slideCount())
                          .arg(shown ? shown->title() : QString()));
}

} // namespace steward::ui
