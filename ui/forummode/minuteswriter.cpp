#include "forummode/minuteswriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace steward::ui {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::ForumMode)
};

} // namespace

QPageSize::PageSizeId defaultPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString writeMinutes(const forum::Minutes& minutes, const QString& markdownPath, const QString& pdfPath,
                     QPageSize::PageSizeId pageSize)
{
    QSaveFile markdown(markdownPath);
    if (!markdown.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(markdownPath), markdown.errorString());
    markdown.write(forum::minutesMarkdown(minutes).toUtf8());

    // The PDF goes to a file beside its target first, so a failed layout leaves an older pack whole.
    const QString partial = pdfPath + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(Tr::tr("Governance forum minutes"));
        writer.setCreator(QStringLiteral("Steward"));
        QTextDocument document;
        document.setDefaultStyleSheet(
            QStringLiteral("body { font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14px; }"
                           "table { border-collapse: collapse; margin-bottom: 8px; }"
                           "th { background-color: #e8e8e8; text-align: left; }"
                           "th, td { border: 1px solid #999999; padding: 3px; }"));
        document.setHtml(forum::minutesHtml(minutes));
        document.print(&writer);
    }
    QFile written(partial);
    if (written.size() == 0) {
        written.remove();
        return Tr::tr("Cannot write %1.").arg(QDir::toNativeSeparators(pdfPath));
    }
    if (QFile::exists(pdfPath) && !QFile::remove(pdfPath)) {
        written.remove();
        return Tr::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(pdfPath));
    }
    if (!written.rename(pdfPath)) {
        written.remove();
        return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(pdfPath), written.errorString());
    }
    if (!markdown.commit())
        return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(markdownPath), markdown.errorString());
    return {};
}

} // namespace steward::ui
