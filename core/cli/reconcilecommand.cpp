#include "cli/reconcilecommand.h"

#include "cli/cli.h"
#include "cli/cliparse.h"
#include "reconcile/reconcilereport.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace steward::cli {
namespace {

// The translation context lupdate files these strings under (shared with cli.cpp).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::cli)
};

} // namespace

int commandReconcile(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Parsed parsed = parse(args, {QStringLiteral("format")});
    if (parsed.positionals.isEmpty())
        throw UsageError{Tr::tr("missing FILE")};
    if (parsed.positionals.size() < 2)
        throw UsageError{Tr::tr("missing CONFIG: name at least one Claude configuration file to compare")};
    const QString file = parsed.positionals.front();
    const QStringList configFiles = parsed.positionals.mid(1);
    for (const QString& name : parsed.positionals) {
        if (name.trimmed().isEmpty())
            throw UsageError{Tr::tr("FILE and CONFIG must not be empty")};
    }
    const QString format = parsed.option(QStringLiteral("format")).value_or(QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        throw UsageError{Tr::tr("--format is text or json, not %1").arg(format)};

    // Every configuration is read before the inventory is opened, and all of them must be: a
    // comparison missing one file would report its servers as not deployed.
    std::vector<reconcile::ConfigFile> configs;
    bool unreadable = false;
    for (const QString& name : configFiles) {
        reconcile::ParsedConfig config = reconcile::readConfig(name);
        for (const reconcile::ConfigError& error : config.errors)
            err << QStringLiteral("steward: %1").arg(error.text()) << Qt::endl;
        unreadable = unreadable || !config.ok();
        configs.push_back(std::move(config.config));
    }
    if (unreadable) {
        report(err, file, Tr::tr("nothing was compared; no file was changed"));
        return UsageOrIoError;
    }
    try {
        const auto store = Store::open(file, Store::Mode::ReadOnly);
        // Connectors and their scopes from one commit, though an editor writes beside us.
        store->beginSnapshot();
        const auto endRead = qScopeGuard([&store] { store->endSnapshot(); });
        const std::vector<Connector> connectors = store->connectors();
        const reconcile::ReconcileResult result = reconcile::reconcile(connectors, configs);
        if (format == QLatin1String("json"))
            out << QString::fromUtf8(reconcile::reconcileJson(result, file, configs));
        else
            out << reconcile::reconcileText(result, file, configs);
        out.flush();
        return result.count(FindingSeverity::Error) > 0 ? ProblemsFound : Success;
    } catch (const OpenError& e) {
        report(err, file, e.message());
    } catch (const std::exception& e) {
        report(err, file, QString::fromUtf8(e.what()));
    }
    return UsageOrIoError;
}

} // namespace steward::cli
