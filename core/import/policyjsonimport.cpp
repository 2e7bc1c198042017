#include "import/policyjsonimport.h"

#include "domain/policysnapshot.h"
#include "import/importsession.h"
#include "import/inventoryimport.h"
#include "import/jsoninput.h"
#include "import/policycontent.h"
#include "rules/connectorrules.h"
#include "store/store.h"

#include <QCoreApplication>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

class PolicyConfigImport
{
public:
    PolicyConfigImport(Store& store, JsonDocument& document, ImportReport& report)
        : m_store(store)
        , m_document(document)
        , m_report(report)
        , m_session(store, report)
    {
    }

    void run()
    {
        RecordReader root(m_document, m_document.root(), JsonPath(), QString(), 0);
        if (!root.isObject())
            return;
        connectors(root);
        policy(root);
        root.finish();
    }

private:
    void write(RecordReader& reader, const std::function<void()>& work)
    {
        try {
            work();
        } catch (const StoreError& e) {
            reader.error(e.message());
            throw AbortImport{};
        }
    }

    void connectors(RecordReader& root)
    {
        if (!root.object("connectors"))
            return;
        const Json& entries = *root.take("connectors");
        QHash<QString, Connector> before;
        for (const Connector& c : m_store.connectors())
            before.insert(c.name, c);
        QHash<QString, QString> seen;
        for (const auto& [key, value] : entries.items()) {
            const JsonPath path = JsonPath().key("connectors").key(key);
            const QString name = QString::fromStdString(key).trimmed();
            RecordReader reader(m_document, value, path, QStringLiteral("connectors \u201c%1\u201d").arg(name),
                                path.size());
            const int errors = m_report.errorCount();
            if (name.isEmpty() || name.contains(QChar(0))) {
                reader.error(Tr::tr("a connector needs a name, and the name is its key."));
                continue;
            }
            if (seen.contains(name)) {
                reader.error(Tr::tr("\u201c%1\u201d is already at %2; each connector appears once.")
                                 .arg(name, seen.value(name)));
                continue;
            }
            seen.insert(name, path.text());
            if (!reader.isObject())
                continue;
            const auto existing = before.constFind(name);
            const Connector* old = existing != before.constEnd() ? &*existing : nullptr;
            Connector c = old ? *old : Connector();
            c.name = name;
            if (const auto access = reader.enumeration<Access>("access"))
                c.access = *access;
            const auto tier = reader.integer("tier", 1, 3);
            if (tier)
                c.tier = *tier;
            else if (!old)
                c.tier = rules::tierFloor(c); // not said: the least the rules allow, without a warning
            if (const auto approver = reader.reference("approved_by"))
                write(reader, [&] {
                    c.approvedBy = m_session.person(
                        *approver, [&reader](const QString& message) { reader.warning("approved_by", message); });
                });
            if (const auto status = reader.enumeration<ApprovalStatus>("status"))
                c.status = *status;
            else if (c.approvedBy != 0 && c.status == ApprovalStatus::Requested)
                c.status = ApprovalStatus::Approved; // seed 000: a connector with its approver is approved
            reader.finish();
            if (m_report.errorCount() != errors)
                continue;
            Outcome outcome = Outcome::Unchanged;
            const ImportSession::Warn warn = [&reader](const QString& message) {
                reader.warning(message);
            };
            write(reader, [&] { m_session.writeConnector(c, old, warn, &outcome); });
            m_report.count(QStringLiteral("connectors"), outcome);
        }
    }

    void policy(RecordReader& root)
    {
        if (!root.has("review_tiers") && !root.has("prohibited") && !root.has("audit"))
            return;
        const int errors = m_report.errorCount();
        const Policy before = m_store.policy();
        Policy p = before;
        readReviewTiers(root, p);
        readProhibited(root, p);
        readAuditFields(root, p);
        if (m_report.errorCount() != errors)
            return;
        if (p == before) {
            m_report.count(QStringLiteral("policy"), Outcome::Unchanged);
            return;
        }
        // As in the editor: an approved policy that changes becomes a draft of its next version.
        if (before.status == PolicyStatus::Approved && policySnapshot(p) != policySnapshot(before)) {
            p.status = PolicyStatus::Draft;
            root.warning(Tr::tr("the policy was approved as version %1; the imported changes make it a draft, to "
                                "be approved again.")
                             .arg(before.version));
        }
        write(root, [&] { m_store.updatePolicy(p); });
        m_report.count(QStringLiteral("policy"), Outcome::Updated);
    }

    Store& m_store;
    JsonDocument& m_document;
    ImportReport& m_report;
    ImportSession m_session;
};

} // namespace

ImportReport importPolicyJson(Store& store, const QByteArray& text)
{
    ImportReport report;
    JsonDocument document(text, report);
    if (document.ok()) {
        try {
            store.transaction([&] {
                PolicyConfigImport(store, document, report).run();
                if (!report.ok())
                    throw AbortImport{};
            });
        } catch (const AbortImport&) {
            // Rolled back; the report says why.
        } catch (const StoreError& e) {
            report.fail({e.message()});
        } catch (const std::exception& e) {
            report.fail({Tr::tr("the import stopped: %1").arg(QString::fromUtf8(e.what()))});
        }
        document.locateIssues();
    }
    if (!report.ok())
        report.clearCounts();
    return report;
}

} // namespace steward::imports
