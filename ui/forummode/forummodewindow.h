#pragma once

#include "forummode/meetingslide.h"

#include <QPageSize>
#include <QWidget>
#include <vector>

class QLabel;
class QStackedWidget;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

class AgendaSlide;
class DecisionPanel;
class MinutesSlide;
class Slide;

// Forum mode (View › Forum Mode, F11): the monthly governance forum run from the inventory on a
// projector. Full screen, large type on a high-contrast palette, no editing chrome; one slide per
// item of the standing agenda (forum::agenda), after a first slide for the meeting's date and
// attendees and before a last one for the decisions and minutes. Presenter keys: → PgDown Space
// next, ← PgUp previous, Home End, Esc leaves; Ctrl+plus / Ctrl+minus scale the type (remembered
// as forum/fontScale). Decisions and the meeting itself are undoable commands on the editor's stack.
class ForumModeWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr double bodyPointsAt1080 = 28.0;
    static constexpr double minScale = 0.5;
    static constexpr double maxScale = 2.5;

    ForumModeWindow(Store* store, QUndoStack* stack, QWidget* parent = nullptr);
    ~ForumModeWindow() override;

    int slideCount() const;
    int currentSlide() const;
    void showSlide(int index);
    Slide* slide(int index) const;
    // The slide with this key ("meeting", "usage", … "raci", "minutes"); nullptr if none.
    Slide* slide(const QString& key) const;
    int slideIndex(const QString& key) const;
    MeetingSlide* meetingSlide() const;
    MinutesSlide* minutesSlide() const;
    // The decision panel of a requests slide ("connector-requests", "skill-requests").
    DecisionPanel* decisionPanel(const QString& key) const;

    double fontScale() const { return m_scale; }
    void setFontScale(double scale);
    // The body text's size for a screen `height` pixels high at `scale`.
    static double bodyPointSize(int height, double scale);
    double bodyPointSize() const;

    const ForumSession& session() const { return m_session; }
    // What the buttons of the first and last slides do; each returns the refusal, "" when done.
    QString recordMeeting();
    QString markGovernanceReviewed();
    QString writeMinutes(const QString& markdownPath, QPageSize::PageSizeId pageSize);
    // The Markdown file the minutes are offered under: beside the inventory, named after the day.
    QString suggestedMinutesPath() const;

    // Re-reads the store into the slides, staying on the same slide.
    void rebuild();

Q_SIGNALS:
    void left();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool handleKey(QKeyEvent* event);
    void applyTheme();
    void applyFonts();
    void applyStyleSheet();
    void chooseMinutesFile();
    void updateFooter();
    void scheduleRebuild();
    void syncSession();

    Store* m_store;
    QUndoStack* m_stack;
    ForumSession m_session;
    QStackedWidget* m_slides;
    QLabel* m_footer;
    double m_scale = 1.0;
    bool m_rebuildPending = false;
    QString m_lastMinutesPath;
};

} // namespace steward::ui
