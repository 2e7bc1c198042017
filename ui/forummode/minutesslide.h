#pragma once

#include "forummode/agendaslide.h"

#include <QPageSize>

class QComboBox;
class QPushButton;

namespace steward {
class Store;
}

namespace steward::ui {

struct ForumSession;

// Forum mode's last slide: the decisions taken at this meeting, the forum's review of the
// governance objects, and the minutes (the meeting pack as Markdown and PDF).
class MinutesSlide : public Slide
{
    Q_OBJECT

public:
    MinutesSlide(Store* store, const ForumSession& session, QWidget* parent = nullptr);
    QString title() const override;
    void setBodyFont(const QFont& font) override;

    QPageSize::PageSizeId pageSize() const;
    void setPageSize(QPageSize::PageSizeId size);
    Id reviewer() const;
    void showMessage(const QString& message);

Q_SIGNALS:
    void markReviewedRequested();
    void writeRequested();

private:
    QComboBox* m_paper;
    QComboBox* m_reviewer;
    QPushButton* m_review;
    QPushButton* m_write;
    QLabel* m_status;
};

} // namespace steward::ui
