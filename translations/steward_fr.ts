<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>steward::ClaudeExport</name>
    <message>
        <source>%1 waits for re-approval: it stays out of %2 until the forum approves it again.</source>
        <translation>%1 attend une nouvelle approbation&#xa0;: il reste exclu de %2 jusqu&apos;à ce que le forum l&apos;approuve à nouveau.</translation>
    </message>
    <message>
        <source>%1 names the same server as %2, which is revoked: the deny entry %3 blocks %1 too. Give it a server of its own, or revoke it as well.</source>
        <translation>%1 désigne le même serveur que %2, qui est révoqué&#xa0;: l&apos;entrée de refus %3 bloque aussi %1. Donnez-lui un serveur qui lui est propre, ou révoquez-le également.</translation>
    </message>
    <message>
        <source>The entry %1 for %2 also admits %3 (%4), which names the same server: Claude Code cannot tell the two apart.</source>
        <translation>L&apos;entrée %1 pour %2 admet aussi %3 (%4), qui désigne le même serveur&#xa0;: Claude Code ne peut pas distinguer les deux.</translation>
    </message>
    <message>
        <source>%1 records no server command or URL, so it is allowed by name only (%2): any server given that name passes, and Claude Code ignores the name for a remote server while the list has a serverUrl entry, for a local one while it has a serverCommand entry. Record its server on the connector.</source>
        <translation>%1 n&apos;enregistre ni commande ni URL de serveur&#xa0;; il n&apos;est donc autorisé que par son nom (%2)&#xa0;: tout serveur portant ce nom passe, et Claude Code ignore le nom pour un serveur distant tant que la liste contient une entrée serverUrl, et pour un serveur local tant qu&apos;elle contient une entrée serverCommand. Enregistrez son serveur sur le connecteur.</translation>
    </message>
    <message>
        <source>No connector is approved: an empty allowedMcpServers admits no MCP server at all.</source>
        <translation>Aucun connecteur n&apos;est approuvé&#xa0;: une liste allowedMcpServers vide n&apos;admet aucun serveur MCP.</translation>
    </message>
    <message>
        <source>%1 records no MCP server (a transport with its command or URL): it is not in managed-mcp.json.</source>
        <translation>%1 n&apos;enregistre aucun serveur MCP (un transport avec sa commande ou son URL)&#xa0;: il ne figure pas dans managed-mcp.json.</translation>
    </message>
    <message>
        <source>%1: the name %2 is another connector&apos;s; it is written as %3.</source>
        <translation>%1&#xa0;: le nom %2 est celui d&apos;un autre connecteur&#xa0;; il est écrit sous la forme %3.</translation>
    </message>
    <message>
        <source>%1 runs a local server that signs in to %2 with credentials of its own: env %3 is a placeholder passing ${%3} from each machine&apos;s environment. Rename it to the variable the server reads and set that on each machine; Steward records no secrets.</source>
        <translation>%1 exécute un serveur local qui se connecte à %2 avec ses propres identifiants&#xa0;: env %3 est un espace réservé qui transmet ${%3} depuis l&apos;environnement de chaque machine. Renommez-le d&apos;après la variable que lit le serveur et définissez celle-ci sur chaque machine&#xa0;; Steward n&apos;enregistre aucun secret.</translation>
    </message>
    <message>
        <source>No approved connector records its server: an empty mcpServers map turns MCP off wherever the file is deployed.</source>
        <translation>Aucun connecteur approuvé n&apos;enregistre son serveur&#xa0;: une table mcpServers vide désactive MCP partout où le fichier est déployé.</translation>
    </message>
</context>
<context>
    <name>steward::Enum</name>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Tous les N jours</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Sous conditions</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lecture-écriture</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>stdio</source>
        <translation>stdio</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Pending re-approval</source>
        <translation>En attente de nouvelle approbation</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>Nouveau connecteur</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation>Changement de portée</translation>
    </message>
    <message>
        <source>High-risk workflow</source>
        <translation>Processus à haut risque</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En cours d&apos;analyse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Politique d&apos;utilisation</translation>
    </message>
    <message>
        <source>Workspace inventory</source>
        <translation>Inventaire des espaces de travail</translation>
    </message>
    <message>
        <source>Connector inventory</source>
        <translation>Inventaire des connecteurs</translation>
    </message>
    <message>
        <source>Skills inventory</source>
        <translation>Inventaire des compétences</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>lowercase</source>
        <extracomment>Inside a sentence, are nouns such as “Connector inventory” written in lower case in your language? Translate as “lowercase” if so (French), as “keep” if they keep their capital (German). Nothing else.</extracomment>
        <translation>lowercase</translation>
    </message>
</context>
<context>
    <name>steward::Export</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>approved on %1</source>
        <translation>approuvée le %1</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>en vigueur le %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>Non précisé.</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Politique d&apos;utilisation</translation>
    </message>
    <message>
        <source>Who may use the agent</source>
        <translation>Qui peut utiliser l&apos;agent</translation>
    </message>
    <message>
        <source>No group is named yet.</source>
        <translation>Aucun groupe n&apos;est encore désigné.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Use by agents</source>
        <translation>Utilisation par les agents</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Classes de données</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Usages interdits</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Review tiers</source>
        <translation>Niveaux de revue</translation>
    </message>
    <message>
        <source>Training opt-out</source>
        <translation>Refus de l&apos;entraînement (opt-out)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Audit log fields</source>
        <translation>Champs du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Section sans titre</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of the exported HTML document (its lang attribute).</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>The audit trail is exported as CSV: steward export FILE --format csv --object audit</source>
        <translation>La piste d&apos;audit s&apos;exporte au format CSV&#xa0;: steward export FILE --format csv --object audit</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>jamais revu</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernière revue le %1</translation>
    </message>
    <message>
        <source>last %1 by %2</source>
        <translation>dernière revue le %1 par %2</translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>prochaine échéance le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>CLAUDE.md</source>
        <translation>CLAUDE.md</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Tâches planifiées</translation>
    </message>
    <message>
        <source>Memory checked</source>
        <translation>Mémoire vérifiée</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>No workspaces yet.</source>
        <translation>Aucun espace de travail pour l&apos;instant.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>OAuth scopes</source>
        <translation>Portées OAuth</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Leaves the organisation</source>
        <translation>Sort de l&apos;organisation</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>Serveur MCP</translation>
    </message>
    <message>
        <source>widened on %1</source>
        <translation>élargi le %1</translation>
    </message>
    <message>
        <source>widened by %1 on %2</source>
        <translation>élargi par %1 le %2</translation>
    </message>
    <message>
        <source>No connectors yet.</source>
        <translation>Aucun connecteur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Usage prévu</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SKILL.md</source>
        <translation>SKILL.md</translation>
    </message>
    <message>
        <source>Verified after a model update</source>
        <translation>Vérifiée après une mise à jour du modèle</translation>
    </message>
    <message>
        <source>No skills yet.</source>
        <translation>Aucune compétence pour l&apos;instant.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Nobody in the directory yet.</source>
        <translation>Personne dans l&apos;annuaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No RACI matrix yet.</source>
        <translation>Aucune matrice RACI pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Tenu par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Décideurs</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Aucune demande pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>Aucun incident enregistré.</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revu le</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>No reviews recorded yet.</source>
        <translation>Aucune revue enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Owner: nobody yet</source>
        <translation>Propriétaire&#xa0;: personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Page&#xa0;: %1</translation>
    </message>
    <message>
        <source>Governance inventory</source>
        <translation>Inventaire de gouvernance</translation>
    </message>
</context>
<context>
    <name>steward::FileInspector</name>
    <message>
        <source>%1 is not a Steward inventory: it is not a database file at all.</source>
        <translation>%1 n&apos;est pas un inventaire Steward&#xa0;: ce n&apos;est pas du tout un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is cut short.</source>
        <translation>%1 est endommagé&#xa0;: son en-tête est tronqué.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation>%1 est endommagé&#xa0;: son en-tête n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the database it holds (it may have been truncated by an interrupted copy). Restore it from a backup.</source>
        <translation>%1 est endommagé&#xa0;: le fichier est plus court que la base de données qu&apos;il contient (il a peut-être été tronqué par une copie interrompue). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>the record of where its audit trail ends is missing, so it is not a complete Steward inventory.</source>
        <translation>l&apos;enregistrement de la fin de sa piste d&apos;audit est manquant&#xa0;; ce n&apos;est donc pas un inventaire Steward complet.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an inventory file.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;inventaire.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), not an inventory.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un socket)&#xa0;; ce n&apos;est pas un inventaire.</translation>
    </message>
    <message>
        <source>%1 was left in the middle of a change by a Steward that stopped unexpectedly (its rollback journal is beside it). Open it for editing once: the unfinished change is rolled back and the file is as it was after its last completed edit.</source>
        <translation>%1 a été laissé au milieu d&apos;une modification par un Steward qui s&apos;est arrêté de manière inattendue (son journal d&apos;annulation se trouve à côté). Ouvrez-le une fois en modification&#xa0;: la modification inachevée est annulée et le fichier revient à l&apos;état qui suivait sa dernière modification terminée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). It may be a placeholder or a failed download.</source>
        <translation>%1 est vide (0 octet). Il s&apos;agit peut-être d&apos;un fichier provisoire ou d&apos;un téléchargement qui a échoué.</translation>
    </message>
    <message>
        <source>%1 is being changed by another Steward right now; try again when it has finished.</source>
        <translation>%1 est en cours de modification par un autre Steward&#xa0;; réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 est endommagé&#xa0;: son en-tête est illisible.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Steward inventory.</source>
        <translation>%1 est une base de données SQLite vide, pas un inventaire Steward.</translation>
    </message>
    <message>
        <source>%1 is another application&apos;s SQLite database (tables: %2), not a Steward inventory.</source>
        <translation>%1 est la base de données SQLite d&apos;une autre application (tables&#xa0;: %2), pas un inventaire Steward.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Steward (file format %2; this version reads up to %3). Update Steward to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Steward (format de fichier %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Steward à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 is marked as a Steward inventory but holds no inventory.</source>
        <translation>%1 est marqué comme inventaire Steward mais ne contient aucun inventaire.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>steward::Import</name>
    <message>
        <source>the audit trail cannot be imported: Steward writes it, one entry per change.</source>
        <translation>la piste d&apos;audit ne peut pas être importée&#xa0;: c&apos;est Steward qui l&apos;écrit, une entrée par modification.</translation>
    </message>
    <message>
        <source>the import stopped: %1</source>
        <translation>l&apos;import s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a cadence: weekly, monthly, quarterly, annual, or every N days (1 to 3660).</source>
        <translation>%1 n&apos;est pas une cadence&#xa0;: hebdomadaire, mensuelle, trimestrielle, annuelle ou tous les N jours (de 1 à 3660).</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>there is no %1 named %2 in the inventory: import the %1s first.</source>
        <translation>l&apos;inventaire ne contient aucun élément «&#xa0;%1&#xa0;» nommé %2&#xa0;: importez d&apos;abord les éléments «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is already in row %2; each %3 appears once.</source>
        <translation>%1 figure déjà à la ligne %2&#xa0;; chaque %3 n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>the file has no column %1, which says which row is which: the header needs %2.</source>
        <translation>le fichier n&apos;a pas de colonne %1, qui indique quelle ligne correspond à quoi&#xa0;: l&apos;en-tête doit contenir %2.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>a request needs its kind: %1.</source>
        <translation>une demande doit indiquer son type&#xa0;: %1.</translation>
    </message>
    <message>
        <source>there is no connector named %1 in the inventory.</source>
        <translation>l&apos;inventaire ne contient aucun connecteur nommé %1.</translation>
    </message>
    <message>
        <source>there is no skill named %1 in the inventory.</source>
        <translation>l&apos;inventaire ne contient aucune compétence nommée %1.</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>connecteur</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>a review needs the kind of thing reviewed: %1.</source>
        <translation>une revue doit indiquer le type de ce qui a été revu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>governance objects are %1.</source>
        <translation>les objets de gouvernance sont %1.</translation>
    </message>
    <message>
        <source>there is no %1 named %2 in the inventory.</source>
        <translation>l&apos;inventaire ne contient aucun élément «&#xa0;%1&#xa0;» nommé %2.</translation>
    </message>
    <message>
        <source>a review needs the day it took place.</source>
        <translation>une revue doit indiquer le jour où elle a eu lieu.</translation>
    </message>
    <message>
        <source>the field is empty: it names what the row holds (title, version, prohibited_uses…).</source>
        <translation>le champ est vide&#xa0;: il indique ce que contient la ligne (title, version, prohibited_uses…).</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>%1 is not a data class; they are %2.</source>
        <translation>%1 n&apos;est pas une classe de données&#xa0;; les classes sont %2.</translation>
    </message>
    <message>
        <source>review tiers are review_tier.1, review_tier.2 and review_tier.3 (seed 000), not %1.</source>
        <translation>les niveaux de revue sont review_tier.1, review_tier.2 et review_tier.3 (seed 000), pas %1.</translation>
    </message>
    <message>
        <source>Steward does not know this field of the policy; the row was ignored.</source>
        <translation>Steward ne connaît pas ce champ de la politique&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>the policy was approved as version %1; the imported changes make it a draft, to be approved again.</source>
        <translation>la politique a été approuvée en version %1&#xa0;; les modifications importées en font un brouillon, à approuver de nouveau.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>the approval (status, approved_by, approved_on, effective_on) is not imported: a policy is approved in the editor, which keeps the approved version. The policy is %1.</source>
        <translation>l&apos;approbation (status, approved_by, approved_on, effective_on) n&apos;est pas importée&#xa0;: une politique s&apos;approuve dans l&apos;éditeur, qui conserve la version approuvée. La politique est %1.</translation>
    </message>
    <message>
        <source>the file has no activity column: the RACI file has a row per activity, named in the activity column, and a column per role.</source>
        <translation>le fichier n&apos;a pas de colonne activity&#xa0;: le fichier RACI comporte une ligne par activité, nommée dans la colonne activity, et une colonne par rôle.</translation>
    </message>
    <message>
        <source>the people holding the roles are given twice.</source>
        <translation>les personnes qui tiennent les rôles sont indiquées deux fois.</translation>
    </message>
    <message>
        <source>the activity is empty: each row of the matrix names its activity.</source>
        <translation>l&apos;activité est vide&#xa0;: chaque ligne de la matrice nomme son activité.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>%1 is not RACI letters: R, A, C and I, or empty for none.</source>
        <translation>%1 n&apos;est pas une combinaison de lettres RACI&#xa0;: R, A, C et I, ou vide pour aucune.</translation>
    </message>
    <message>
        <source>raci</source>
        <translation>matrice RACI</translation>
    </message>
    <message>
        <source>the scope %1 is listed twice.</source>
        <translation>la portée %1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>the scope %1 is listed both to read and to write: list it in one of read_scopes and write_scopes.</source>
        <translation>la portée %1 figure à la fois en lecture et en écriture&#xa0;: indiquez-la dans une seule des colonnes read_scopes et write_scopes.</translation>
    </message>
    <message>
        <source>%1 is not one of stdio, http, sse, or empty when unknown.</source>
        <translation>%1 n&apos;est ni stdio, ni http, ni sse, ni vide si inconnu.</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>%1 is not a task: write each on its own line as “name | schedule | owner | yes” (a pipe inside a part as \|).</source>
        <translation>%1 n&apos;est pas une tâche&#xa0;: écrivez chacune sur sa propre ligne sous la forme «&#xa0;nom | planification | propriétaire | yes&#xa0;» (une barre verticale à l&apos;intérieur d&apos;une partie s&apos;écrit \|).</translation>
    </message>
    <message>
        <source>the task %1 has no name.</source>
        <translation>la tâche %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>the task %1 says %2 where it says whether it is active: yes or no.</source>
        <translation>la tâche %1 indique %2 là où elle doit dire si elle est active&#xa0;: yes ou no.</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB, more than any inventory.</source>
        <translation>l&apos;entrée dépasse %1 Mio, plus que n&apos;importe quel inventaire.</translation>
    </message>
    <message>
        <source>the file holds a NUL character, which no text does: is it CSV at all?</source>
        <translation>le fichier contient un caractère NUL, ce qu&apos;aucun texte ne contient&#xa0;: s&apos;agit-il vraiment d&apos;un fichier CSV&#xa0;?</translation>
    </message>
    <message>
        <source>the file has more than %1 rows, more than any inventory.</source>
        <translation>le fichier compte plus de %1 lignes, plus que n&apos;importe quel inventaire.</translation>
    </message>
    <message>
        <source>this row has more than %1 values, more than any table.</source>
        <translation>cette ligne compte plus de %1 valeurs, plus que n&apos;importe quelle table.</translation>
    </message>
    <message>
        <source>the quoted value that starts here is never closed: a closing quote is missing (a quote inside a quoted value is written twice, &quot;&quot;).</source>
        <translation>la valeur entre guillemets qui commence ici n&apos;est jamais fermée&#xa0;: il manque un guillemet fermant (un guillemet à l&apos;intérieur d&apos;une valeur entre guillemets s&apos;écrit deux fois, &quot;&quot;).</translation>
    </message>
    <message>
        <source>this value is longer than %1 MiB, more than any field holds.</source>
        <translation>cette valeur dépasse %1 Mio, plus que n&apos;importe quel champ.</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted value: a quote inside a quoted value is written twice (&quot;&quot;).</source>
        <translation>du texte suit le guillemet fermant d&apos;une valeur entre guillemets&#xa0;: un guillemet à l&apos;intérieur d&apos;une valeur entre guillemets s&apos;écrit deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row naming the columns (%1…).</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête nommant les colonnes était attendue (%1…).</translation>
    </message>
    <message>
        <source>the column %1 is already column %2; each column appears once.</source>
        <translation>la colonne %1 est déjà la colonne %2&#xa0;; chaque colonne n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Steward does not know this column; its values were ignored.</source>
        <translation>Steward ne connaît pas cette colonne&#xa0;; ses valeurs ont été ignorées.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (colonne %2)</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>this row has more values than the header has columns (%1): a value holding the separator must be in quotes.</source>
        <translation>cette ligne contient plus de valeurs que l&apos;en-tête n&apos;a de colonnes (%1)&#xa0;: une valeur contenant le séparateur doit être entre guillemets.</translation>
    </message>
    <message>
        <source>this column has no name in the header; its values were ignored.</source>
        <translation>cette colonne n&apos;a pas de nom dans l&apos;en-tête&#xa0;; ses valeurs ont été ignorées.</translation>
    </message>
    <message>
        <source>row %1 %2</source>
        <translation>ligne %1 %2</translation>
    </message>
    <message>
        <source>this looks like a secret (%1). Steward records OAuth scopes, never credentials; remove it.</source>
        <translation>ceci ressemble à un secret (%1). Steward enregistre des portées OAuth, jamais des identifiants&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>the file has no %1 column, which every row needs.</source>
        <translation>le fichier n&apos;a pas de colonne %1, nécessaire à chaque ligne.</translation>
    </message>
    <message>
        <source>the name cannot be empty.</source>
        <translation>le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no.</source>
        <translation>%1 n&apos;est ni yes ni no.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3.</source>
        <translation>%1 n&apos;est pas compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 is no date; dates are written YYYY-MM-DD (a spreadsheet may have reformatted it: format the column as text, or as YYYY-MM-DD, before saving).</source>
        <translation>%1 n&apos;est pas une date&#xa0;; les dates s&apos;écrivent AAAA-MM-JJ (un tableur l&apos;a peut-être reformatée&#xa0;: mettez la colonne au format texte, ou AAAA-MM-JJ, avant d&apos;enregistrer).</translation>
    </message>
    <message>
        <source>record %1, field %2: </source>
        <translation>enregistrement %1, champ %2&#xa0;: </translation>
    </message>
    <message>
        <source>record %1: </source>
        <translation>enregistrement %1&#xa0;: </translation>
    </message>
    <message>
        <source>field %1: </source>
        <translation>champ %1&#xa0;: </translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3</source>
        <translation>ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3; warnings: %4
</source>
        <translation>%1 importé dans %2&#xa0;: %3&#xa0;; avertissements&#xa0;: %4
</translation>
    </message>
    <message>
        <source>%1: warning: %2%3
</source>
        <translation>%1: avertissement&#xa0;: %2%3
</translation>
    </message>
    <message>
        <source>%1: and %2 more warnings not shown
</source>
        <translation>%1: et %2 autres avertissements non affichés
</translation>
    </message>
    <message>
        <source>“%1” was not in the people directory and has been added to it.</source>
        <translation>«&#xa0;%1&#xa0;» ne figurait pas dans l&apos;annuaire des personnes et y a été ajouté.</translation>
    </message>
    <message>
        <source>tier %1 is below the floor for this connector, tier %2 (%3): raised to %2.</source>
        <translation>le niveau %1 est inférieur au niveau plancher de ce connecteur, le niveau %2 (%3)&#xa0;: relevé à %2.</translation>
    </message>
    <message>
        <source>this widens the approved connector (%1): it is now pending re-approval, as after any widening.</source>
        <translation>ceci élargit le connecteur approuvé (%1)&#xa0;: il est désormais en attente de nouvelle approbation, comme après tout élargissement.</translation>
    </message>
    <message>
        <source>read-only becomes read-write</source>
        <translation>la lecture seule devient lecture-écriture</translation>
    </message>
    <message>
        <source>a scope it did not hold, or writing where it read</source>
        <translation>une portée qu&apos;il n&apos;avait pas, ou une écriture là où il lisait</translation>
    </message>
    <message>
        <source>expected a Steward inventory (an object), not %1.</source>
        <translation>un inventaire Steward (un objet) était attendu, pas %1.</translation>
    </message>
    <message>
        <source>this is no Steward inventory export: schema_version is missing.</source>
        <translation>ceci n&apos;est pas un export d&apos;inventaire Steward&#xa0;: schema_version est absent.</translation>
    </message>
    <message>
        <source>expected a version number, 1 or more.</source>
        <translation>un numéro de version était attendu, 1 ou plus.</translation>
    </message>
    <message>
        <source>this export is of schema version %1, from a newer Steward; this one reads version %2. Import it with that Steward, or update this one.</source>
        <translation>cet export est au schéma version %1, d&apos;une version plus récente de Steward&#xa0;; celle-ci lit la version %2. Importez-le avec cette version de Steward, ou mettez celle-ci à jour.</translation>
    </message>
    <message>
        <source>Steward does not know this section; it was ignored.</source>
        <translation>Steward ne connaît pas cette section&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>expected a list of records, not %1.</source>
        <translation>une liste d&apos;enregistrements était attendue, pas %1.</translation>
    </message>
    <message>
        <source>a custom cadence needs its period: 1 to 3660 days.</source>
        <translation>une cadence personnalisée doit indiquer sa période&#xa0;: de 1 à 3660 jours.</translation>
    </message>
    <message>
        <source>there is no %1 named %2 in the inventory or in the import.</source>
        <translation>ni l&apos;inventaire ni l&apos;import ne contiennent d&apos;élément «&#xa0;%1&#xa0;» nommé %2.</translation>
    </message>
    <message>
        <source>%1 is already at %2; each person appears once.</source>
        <translation>%1 figure déjà en %2&#xa0;; chaque personne n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>the %1 cadence is described twice.</source>
        <translation>la cadence %1 est décrite deux fois.</translation>
    </message>
    <message>
        <source>“kind” is missing; every record of this kind needs one.</source>
        <translation>«&#xa0;kind&#xa0;» est absent&#xa0;; chaque enregistrement de ce type en a besoin.</translation>
    </message>
    <message>
        <source>the %1 governance object appears twice.</source>
        <translation>l&apos;objet de gouvernance %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>version %1 is already at %2; each version is approved once.</source>
        <translation>la version %1 figure déjà en %2&#xa0;; chaque version n&apos;est approuvée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>an approved version needs the person who approved it.</source>
        <translation>une version approuvée doit indiquer la personne qui l&apos;a approuvée.</translation>
    </message>
    <message>
        <source>an approved version needs the day it was approved (approved_on) and the day it took effect (effective_on).</source>
        <translation>une version approuvée doit indiquer le jour de son approbation (approved_on) et celui de son entrée en vigueur (effective_on).</translation>
    </message>
    <message>
        <source>an approved version needs its content, the policy as it was approved.</source>
        <translation>une version approuvée doit avoir son contenu, la politique telle qu&apos;elle a été approuvée.</translation>
    </message>
    <message>
        <source>the inventory holds version %1 as approved on %2, differently: an approved version is frozen and cannot be replaced.</source>
        <translation>l&apos;inventaire contient la version %1 approuvée le %2, avec un contenu différent&#xa0;: une version approuvée est figée et ne peut pas être remplacée.</translation>
    </message>
    <message>
        <source>the policy is marked approved, but its text is not that of version %1, its latest approved version: mark it draft, or give the text that was approved.</source>
        <translation>la politique est marquée comme approuvée, mais son texte n&apos;est pas celui de la version %1, sa dernière version approuvée&#xa0;: marquez-la comme brouillon, ou fournissez le texte qui a été approuvé.</translation>
    </message>
    <message>
        <source>the policy is marked approved, but no approved version is in its history.</source>
        <translation>la politique est marquée comme approuvée, mais son historique ne contient aucune version approuvée.</translation>
    </message>
    <message>
        <source>the policy is marked approved, but its approver and dates are not those of version %1 as its history records them.</source>
        <translation>la politique est marquée comme approuvée, mais son approbateur et ses dates ne sont pas ceux de la version %1 tels que son historique les enregistre.</translation>
    </message>
    <message>
        <source>the RACI matrix needs its roles and its activities, both.</source>
        <translation>la matrice RACI doit avoir ses rôles et ses activités, les deux.</translation>
    </message>
    <message>
        <source>a role named %1 is already at %2.</source>
        <translation>un rôle nommé %1 figure déjà en %2.</translation>
    </message>
    <message>
        <source>an activity named %1 is already at %2.</source>
        <translation>une activité nommée %1 figure déjà en %2.</translation>
    </message>
    <message>
        <source>“letters” is missing: one entry per role, &quot;&quot; for none.</source>
        <translation>«&#xa0;letters&#xa0;» est absent&#xa0;: une entrée par rôle, &quot;&quot; pour aucune lettre.</translation>
    </message>
    <message>
        <source>expected one entry per role (%1), not %2.</source>
        <translation>une entrée par rôle (%1) était attendue, pas %2.</translation>
    </message>
    <message>
        <source>%1 is not RACI letters: R, A, C and I, or &quot;&quot; for none.</source>
        <translation>%1 n&apos;est pas une combinaison de lettres RACI&#xa0;: R, A, C et I, ou &quot;&quot; pour aucune.</translation>
    </message>
    <message>
        <source>“subject” is missing: {&quot;type&quot;: …, &quot;name&quot;: …}.</source>
        <translation>«&#xa0;subject&#xa0;» est absent&#xa0;: {&quot;type&quot;: …, &quot;name&quot;: …}.</translation>
    </message>
    <message>
        <source>“reviewed_on” is missing: the day the review took place.</source>
        <translation>«&#xa0;reviewed_on&#xa0;» est absent&#xa0;: le jour où la revue a eu lieu.</translation>
    </message>
    <message>
        <source>“kind” is missing: %1.</source>
        <translation>«&#xa0;kind&#xa0;» est absent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>there is no connector named %1 in the inventory or in the import.</source>
        <translation>ni l&apos;inventaire ni l&apos;import ne contiennent de connecteur nommé %1.</translation>
    </message>
    <message>
        <source>there is no skill named %1 in the inventory or in the import.</source>
        <translation>ni l&apos;inventaire ni l&apos;import ne contiennent de compétence nommée %1.</translation>
    </message>
    <message>
        <source>“held_on” is missing: the day the forum met.</source>
        <translation>«&#xa0;held_on&#xa0;» est absent&#xa0;: le jour où le forum s&apos;est réuni.</translation>
    </message>
    <message>
        <source>a forum meeting needs the day it was held.</source>
        <translation>une réunion du forum doit indiquer le jour où elle s&apos;est tenue.</translation>
    </message>
    <message>
        <source>%1 is already at %2; each connector appears once.</source>
        <translation>%1 figure déjà en %2&#xa0;; chaque connecteur n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>%1 is already at %2; each skill appears once.</source>
        <translation>%1 figure déjà en %2&#xa0;; chaque compétence n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>%1 is already at %2; each workspace appears once.</source>
        <translation>%1 figure déjà en %2&#xa0;; chaque espace de travail n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>un nombre décimal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB, more than any inventory; it was not read.</source>
        <translation>l&apos;entrée dépasse %1 Mio, plus que n&apos;importe quel inventaire&#xa0;; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>“%1” is given twice in one object; each name may appear once.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois dans un même objet&#xa0;; chaque nom ne peut apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>the data is nested more than %1 levels deep, far beyond any inventory.</source>
        <translation>les données sont imbriquées sur plus de %1 niveaux, bien au-delà de n&apos;importe quel inventaire.</translation>
    </message>
    <message>
        <source>the input holds more than %1 values, far beyond any inventory; it was not read.</source>
        <translation>l&apos;entrée contient plus de %1 valeurs, bien au-delà de n&apos;importe quel inventaire&#xa0;; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>ce n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is not enough memory to read the input.</source>
        <translation>la mémoire est insuffisante pour lire l&apos;entrée.</translation>
    </message>
    <message>
        <source>a connector needs a name, and the name is its key.</source>
        <translation>un connecteur doit avoir un nom, et ce nom est sa clé.</translation>
    </message>
    <message>
        <source>“%1” is already at %2; each connector appears once.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà en %2&#xa0;; chaque connecteur n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>attendu&#xa0;: %1, pas %2</translation>
    </message>
    <message>
        <source>the text holds a NUL character, which no field may hold.</source>
        <translation>le texte contient un caractère NUL, qu&apos;aucun champ ne peut contenir.</translation>
    </message>
    <message>
        <source>“%1” is missing; every record of this kind needs one.</source>
        <translation>«&#xa0;%1&#xa0;» est absent&#xa0;; chaque enregistrement de ce type en a besoin.</translation>
    </message>
    <message>
        <source>%1 is no date; dates are written YYYY-MM-DD.</source>
        <translation>%1 n&apos;est pas une date&#xa0;; les dates s&apos;écrivent AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD, or null</source>
        <translation>une date au format AAAA-MM-JJ, ou null</translation>
    </message>
    <message>
        <source>an entry of this list cannot be empty.</source>
        <translation>une entrée de cette liste ne peut pas être vide.</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>Steward does not know this field; it was ignored.</source>
        <translation>Steward ne connaît pas ce champ&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (xlsx or ods), not CSV: save it as “CSV UTF-8” (Excel) or “Text CSV” with UTF-8 (LibreOffice).</source>
        <translation>ceci est un classeur de tableur (xlsx ou ods), pas un fichier CSV&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» (Excel) ou «&#xa0;Texte CSV&#xa0;» en UTF-8 (LibreOffice).</translation>
    </message>
    <message>
        <source>this file is UTF-16 text (Excel&apos;s “Unicode Text”): save it as “CSV UTF-8”.</source>
        <translation>ce fichier est du texte UTF-16 («&#xa0;Texte Unicode&#xa0;» d&apos;Excel)&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (the byte 0x%1): save the file as “CSV UTF-8” (Excel) or as “Text CSV” with the character set UTF-8 (LibreOffice).</source>
        <translation>ce n&apos;est pas du texte UTF-8 (l&apos;octet 0x%1)&#xa0;: enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» (Excel) ou «&#xa0;Texte CSV&#xa0;» avec le jeu de caractères UTF-8 (LibreOffice).</translation>
    </message>
    <message>
        <source>“cadence” is missing; every record of this kind needs one.</source>
        <translation>«&#xa0;cadence&#xa0;» est absent&#xa0;; chaque enregistrement de ce type en a besoin.</translation>
    </message>
    <message>
        <source>review tiers are “1”, “2” and “3” (seed 000), not %1.</source>
        <translation>les niveaux de revue sont «&#xa0;1&#xa0;», «&#xa0;2&#xa0;» et «&#xa0;3&#xa0;» (seed 000), pas %1.</translation>
    </message>
</context>
<context>
    <name>steward::Lint</name>
    <message>
        <source>No owner.</source>
        <translation>Aucun propriétaire.</translation>
    </message>
    <message>
        <source>Pick the person who answers for this connector.</source>
        <translation>Désignez la personne qui répond de ce connecteur.</translation>
    </message>
    <message>
        <source>Tier %1 is below its floor, tier %2 (read-write or sensitive data: 3; able to send data outside: 2).</source>
        <translation>Le niveau %1 est inférieur à son niveau plancher, le niveau %2 (lecture-écriture ou données sensibles&#xa0;: 3&#xa0;; capacité d&apos;envoyer des données à l&apos;extérieur&#xa0;: 2).</translation>
    </message>
    <message>
        <source>Raise the tier to %1.</source>
        <translation>Relevez le niveau à %1.</translation>
    </message>
    <message>
        <source>Read-write without a named approver.</source>
        <translation>Lecture-écriture sans approbateur désigné.</translation>
    </message>
    <message>
        <source>Record who approved write access, or make the connector read-only.</source>
        <translation>Enregistrez qui a approuvé l&apos;accès en écriture, ou passez le connecteur en lecture seule.</translation>
    </message>
    <message>
        <source>Access was widened and waits for re-approval.</source>
        <translation>L&apos;accès a été élargi et attend une nouvelle approbation.</translation>
    </message>
    <message>
        <source>Take it to the forum; approve it again or narrow it back.</source>
        <translation>Soumettez-le au forum&#xa0;; approuvez-le de nouveau ou restreignez-le comme avant.</translation>
    </message>
    <message>
        <source>%1, yet used by %2.</source>
        <translation>%1, mais utilisé par %2.</translation>
    </message>
    <message>
        <source>Approve the connector or remove it from what uses it.</source>
        <translation>Approuvez le connecteur ou retirez-le de ce qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>Scopes without a reason: %1.</source>
        <translation>Portées sans justification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Say why each scope is needed, or remove it.</source>
        <translation>Indiquez pourquoi chaque portée est nécessaire, ou supprimez-la.</translation>
    </message>
    <message>
        <source>Read-only, yet holds a write scope.</source>
        <translation>En lecture seule, mais détient une portée d&apos;écriture.</translation>
    </message>
    <message>
        <source>Remove the write scope, or record the connector as read-write (and have it approved).</source>
        <translation>Supprimez la portée d&apos;écriture, ou enregistrez le connecteur en lecture-écriture (et faites-le approuver).</translation>
    </message>
    <message>
        <source>Pick the person who maintains this skill.</source>
        <translation>Désignez la personne qui maintient cette compétence.</translation>
    </message>
    <message>
        <source>intended use</source>
        <translation>usage prévu</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
    <message>
        <source>Does not state its %1.</source>
        <translation>N&apos;indique pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Describe what the skill is for, what it reads and what it produces.</source>
        <translation>Décrivez à quoi sert la compétence, ce qu&apos;elle lit et ce qu&apos;elle produit.</translation>
    </message>
    <message>
        <source>No SKILL.md.</source>
        <translation>Pas de SKILL.md.</translation>
    </message>
    <message>
        <source>Write its SKILL.md and record where it lives.</source>
        <translation>Rédigez son SKILL.md et enregistrez son emplacement.</translation>
    </message>
    <message>
        <source>Pick the person who owns this workspace.</source>
        <translation>Désignez la personne propriétaire de cet espace de travail.</translation>
    </message>
    <message>
        <source>No CLAUDE.md.</source>
        <translation>Pas de CLAUDE.md.</translation>
    </message>
    <message>
        <source>Write its CLAUDE.md: what the workspace is for and which data it may hold.</source>
        <translation>Rédigez son CLAUDE.md&#xa0;: à quoi sert l&apos;espace de travail et quelles données il peut contenir.</translation>
    </message>
    <message>
        <source>Scheduled tasks without an owner: %1.</source>
        <translation>Tâches planifiées sans propriétaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give every scheduled task an owner.</source>
        <translation>Donnez un propriétaire à chaque tâche planifiée.</translation>
    </message>
    <message>
        <source>Pilot never graduated: in pilot since %1 (%2 weeks; pilots graduate within %3).</source>
        <translation>Pilote jamais passé en service régulier&#xa0;: en pilote depuis le %1 (%2 semaines&#xa0;; un pilote passe en service régulier en %3 semaines au plus).</translation>
    </message>
    <message>
        <source>Graduate it to active with steady-state governance (monthly review), or archive it.</source>
        <translation>Passez-le en service régulier (actif), avec la gouvernance correspondante (revue mensuelle), ou archivez-le.</translation>
    </message>
    <message>
        <source>Pick the person who answers for the %1.</source>
        <translation>Désignez la personne qui répond de cet objet (%1).</translation>
    </message>
    <message>
        <source>Where it lives is not recorded.</source>
        <translation>Son emplacement n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Add the address of its Confluence or Notion page.</source>
        <translation>Ajoutez l&apos;adresse de sa page Confluence ou Notion.</translation>
    </message>
    <message>
        <source>The prohibited-use list is empty.</source>
        <translation>La liste des usages interdits est vide.</translation>
    </message>
    <message>
        <source>List what agents must never do before rollout (seed 000 gives three to start from).</source>
        <translation>Listez ce que les agents ne doivent jamais faire avant le déploiement (seed 000 en fournit trois pour commencer).</translation>
    </message>
    <message>
        <source>Review tiers without a rule or a control: %1.</source>
        <translation>Niveaux de revue sans règle ni contrôle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>State when each tier applies and which control it needs.</source>
        <translation>Indiquez quand chaque niveau s&apos;applique et quel contrôle il exige.</translation>
    </message>
    <message>
        <source>The policy has never been approved.</source>
        <translation>La politique n&apos;a jamais été approuvée.</translation>
    </message>
    <message>
        <source>Have the forum approve it.</source>
        <translation>Faites-la approuver par le forum.</translation>
    </message>
    <message>
        <source>Changes since version %1 are not approved yet.</source>
        <translation>Les modifications depuis la version %1 ne sont pas encore approuvées.</translation>
    </message>
    <message>
        <source>Approve the draft as a new version.</source>
        <translation>Approuvez le brouillon comme nouvelle version.</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>The RACI matrix is empty.</source>
        <translation>La matrice RACI est vide.</translation>
    </message>
    <message>
        <source>List the activities and the roles, and who is accountable for each.</source>
        <translation>Listez les activités et les rôles, et qui approuve (A) chacune.</translation>
    </message>
    <message>
        <source>Nobody is accountable.</source>
        <translation>Personne n&apos;approuve (A).</translation>
    </message>
    <message>
        <source>%1 roles are accountable; exactly one must be.</source>
        <translation>%1 rôles approuvent (A)&#xa0;; il en faut exactement un.</translation>
    </message>
    <message>
        <source>Mark exactly one role A for this activity.</source>
        <translation>Marquez exactement un rôle A pour cette activité.</translation>
    </message>
    <message>
        <source>Nobody is responsible.</source>
        <translation>Personne ne réalise (R).</translation>
    </message>
    <message>
        <source>Mark at least one role R for this activity.</source>
        <translation>Marquez au moins un rôle R pour cette activité.</translation>
    </message>
    <message>
        <source>Review was due on %1 (%2 cadence).</source>
        <translation>La revue était à échéance le %1 (cadence %2).</translation>
    </message>
    <message>
        <source>Review it and mark it reviewed.</source>
        <translation>Passez-le en revue et marquez-le comme revu.</translation>
    </message>
    <message>
        <source>Review due on %1.</source>
        <translation>Revue à échéance le %1.</translation>
    </message>
    <message>
        <source>Never reviewed: due now.</source>
        <translation>Jamais revu&#xa0;: à échéance maintenant.</translation>
    </message>
    <message>
        <source>Plan the review.</source>
        <translation>Planifiez la revue.</translation>
    </message>
    <message>
        <source>The prohibited-use list exists</source>
        <translation>La liste des usages interdits existe</translation>
    </message>
    <message>
        <source>Tiers 1–3 each have a rule and a control</source>
        <translation>Les niveaux 1 à 3 ont chacun une règle et un contrôle</translation>
    </message>
    <message>
        <source>The policy has been approved</source>
        <translation>La politique a été approuvée</translation>
    </message>
    <message>
        <source>Changes to the policy are approved</source>
        <translation>Les modifications de la politique sont approuvées</translation>
    </message>
    <message>
        <source>Each governance object has an owner</source>
        <translation>Chaque objet de gouvernance a un propriétaire</translation>
    </message>
    <message>
        <source>Each governance object says where it lives</source>
        <translation>Chaque objet de gouvernance indique son emplacement</translation>
    </message>
    <message>
        <source>Each workspace has an owner</source>
        <translation>Chaque espace de travail a un propriétaire</translation>
    </message>
    <message>
        <source>Each workspace has its CLAUDE.md</source>
        <translation>Chaque espace de travail a son CLAUDE.md</translation>
    </message>
    <message>
        <source>Each scheduled task has an owner</source>
        <translation>Chaque tâche planifiée a un propriétaire</translation>
    </message>
    <message>
        <source>No pilot runs past its graduation</source>
        <translation>Aucun pilote ne dépasse son délai de passage en service régulier</translation>
    </message>
    <message>
        <source>Each connector has an owner</source>
        <translation>Chaque connecteur a un propriétaire</translation>
    </message>
    <message>
        <source>No tier below its floor</source>
        <translation>Aucun niveau sous son plancher</translation>
    </message>
    <message>
        <source>Read-write needs a named approver</source>
        <translation>La lecture-écriture exige un approbateur désigné</translation>
    </message>
    <message>
        <source>No widening waits for re-approval</source>
        <translation>Aucun élargissement en attente de nouvelle approbation</translation>
    </message>
    <message>
        <source>Only approved connectors are in use</source>
        <translation>Seuls des connecteurs approuvés sont utilisés</translation>
    </message>
    <message>
        <source>Each scope says why it is needed</source>
        <translation>Chaque portée indique pourquoi elle est nécessaire</translation>
    </message>
    <message>
        <source>Read-only connectors hold no write scope</source>
        <translation>Les connecteurs en lecture seule n&apos;ont aucune portée d&apos;écriture</translation>
    </message>
    <message>
        <source>Each skill has an owner</source>
        <translation>Chaque compétence a un propriétaire</translation>
    </message>
    <message>
        <source>Each skill states intended use, inputs and outputs</source>
        <translation>Chaque compétence indique son usage prévu, ses entrées et ses sorties</translation>
    </message>
    <message>
        <source>Each skill has its SKILL.md</source>
        <translation>Chaque compétence a son SKILL.md</translation>
    </message>
    <message>
        <source>The RACI matrix is filled in</source>
        <translation>La matrice RACI est remplie</translation>
    </message>
    <message>
        <source>Each activity has exactly one A</source>
        <translation>Chaque activité a exactement un A</translation>
    </message>
    <message>
        <source>Each activity has at least one R</source>
        <translation>Chaque activité a au moins un R</translation>
    </message>
    <message>
        <source>No review is overdue</source>
        <translation>Aucune revue en retard</translation>
    </message>
    <message>
        <source>Reviews due soon</source>
        <translation>Revues bientôt à échéance</translation>
    </message>
</context>
<context>
    <name>steward::LintReport</name>
    <message>
        <source>%1: %2 %3: %4 “%5”: %6 Fix: %7
</source>
        <translation>%1: %2 %3&#xa0;: %4 «&#xa0;%5&#xa0;»&#xa0;: %6 Correction&#xa0;: %7
</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, infos: %4; scorecard %5% (%6 of %7 checks pass)
</source>
        <translation>%1: erreurs&#xa0;: %2, avertissements&#xa0;: %3, infos&#xa0;: %4&#xa0;; bilan de conformité %5&#xa0;% (%6 contrôles réussis sur %7)
</translation>
    </message>
</context>
<context>
    <name>steward::PolicyMarkdown</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>approved on %1</source>
        <translation>approuvée le %1</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>en vigueur le %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>Non précisé.</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Politique d&apos;utilisation</translation>
    </message>
    <message>
        <source>Who may use the agent</source>
        <translation>Qui peut utiliser l&apos;agent</translation>
    </message>
    <message>
        <source>No group is named yet.</source>
        <translation>Aucun groupe n&apos;est encore désigné.</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Classes de données</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Use by agents</source>
        <translation>Utilisation par les agents</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Usages interdits</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message>
        <source>Review tiers</source>
        <translation>Niveaux de revue</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Training opt-out</source>
        <translation>Refus de l&apos;entraînement (opt-out)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Audit log fields</source>
        <translation>Champs du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Section sans titre</translation>
    </message>
</context>
<context>
    <name>steward::Reconcile</name>
    <message>
        <source>a Claude configuration is a JSON object, not %1</source>
        <translation>une configuration Claude est un objet JSON, pas %1</translation>
    </message>
    <message>
        <source>this is no Claude configuration: it has neither an mcpServers map (.mcp.json, managed-mcp.json, claude_desktop_config.json) nor allowedMcpServers or deniedMcpServers (managed-settings.json)</source>
        <translation>ce n&apos;est pas une configuration Claude&#xa0;: elle n&apos;a ni table mcpServers (.mcp.json, managed-mcp.json, claude_desktop_config.json), ni allowedMcpServers ou deniedMcpServers (managed-settings.json)</translation>
    </message>
    <message>
        <source>%1 has no mcpServers map</source>
        <translation>%1 n&apos;a pas de table mcpServers</translation>
    </message>
    <message>
        <source>expected true or false, not %1</source>
        <translation>true ou false attendu, pas %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>expected text, not %1</source>
        <translation>du texte attendu, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a list of text, not %1</source>
        <translation>une liste de textes attendue, pas %1</translation>
    </message>
    <message>
        <source>expected an object of names and text, not %1</source>
        <translation>un objet de noms et de textes attendu, pas %1</translation>
    </message>
    <message>
        <source>expected an object of servers by name, not %1</source>
        <translation>un objet de serveurs par nom attendu, pas %1</translation>
    </message>
    <message>
        <source>a server is an object (command and args, or type and url), not %1</source>
        <translation>un serveur est un objet (command et args, ou type et url), pas %1</translation>
    </message>
    <message>
        <source>type is stdio, http or sse, not “%1”</source>
        <translation>type vaut stdio, http ou sse, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>has both command and url; type says which it is</source>
        <translation>a à la fois command et url&#xa0;; type indique lequel s&apos;applique</translation>
    </message>
    <message>
        <source>expected a list of entries ({&quot;serverName&quot;: …}, {&quot;serverCommand&quot;: […]} or {&quot;serverUrl&quot;: …}), not %1</source>
        <translation>une liste d&apos;entrées attendue ({&quot;serverName&quot;: …}, {&quot;serverCommand&quot;: […]} ou {&quot;serverUrl&quot;: …}), pas %1</translation>
    </message>
    <message>
        <source>an entry names its server in exactly one way: serverName, serverCommand or serverUrl</source>
        <translation>une entrée désigne son serveur d&apos;une seule manière&#xa0;: serverName, serverCommand ou serverUrl</translation>
    </message>
    <message>
        <source>must start with the command</source>
        <translation>doit commencer par la commande</translation>
    </message>
    <message>
        <source>MCP server file</source>
        <translation>fichier de serveurs MCP</translation>
    </message>
    <message>
        <source>managed MCP servers</source>
        <translation>serveurs MCP gérés</translation>
    </message>
    <message>
        <source>Claude Desktop configuration</source>
        <translation>configuration de Claude Desktop</translation>
    </message>
    <message>
        <source>managed settings</source>
        <translation>paramètres gérés</translation>
    </message>
    <message>
        <source>is larger than %1 MiB, more than any Claude configuration; it was not read</source>
        <translation>dépasse %1 Mio, plus que n&apos;importe quelle configuration Claude&#xa0;; il n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>%1 problems in all; the first %2 are listed</source>
        <translation>%1 problèmes au total&#xa0;; les %2 premiers sont listés</translation>
    </message>
    <message>
        <source>is a folder, not a configuration file</source>
        <translation>est un dossier, pas un fichier de configuration</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>impossible de le lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>a local server running %1</source>
        <translation>un serveur local qui exécute %1</translation>
    </message>
    <message>
        <source>a remote (%1) server at %2</source>
        <translation>un serveur distant (%1) à l&apos;adresse %2</translation>
    </message>
    <message>
        <source>Deployed in %1 as “%2”, which runs %3; the inventory records %4 for this connector.</source>
        <translation>Déployé dans %1 sous le nom «&#xa0;%2&#xa0;», qui exécute %3&#xa0;; l&apos;inventaire enregistre %4 pour ce connecteur.</translation>
    </message>
    <message>
        <source>Deploy the server the inventory records, or record the new one on the connector and have it approved.</source>
        <translation>Déployez le serveur que l&apos;inventaire enregistre, ou enregistrez le nouveau sur le connecteur et faites-le approuver.</translation>
    </message>
    <message>
        <source>Deployed in %1 as %2, but no connector in the inventory has this server.</source>
        <translation>Déployé dans %1 sous le nom %2, mais aucun connecteur de l&apos;inventaire n&apos;a ce serveur.</translation>
    </message>
    <message>
        <source>Add it to the inventory as a requested connector and take it to the forum, or remove it from %1.</source>
        <translation>Ajoutez-le à l&apos;inventaire comme connecteur demandé et soumettez-le au forum, ou retirez-le de %1.</translation>
    </message>
    <message>
        <source>Remove it from %1: the connector was revoked.</source>
        <translation>Retirez-le de %1&#xa0;: le connecteur a été révoqué.</translation>
    </message>
    <message>
        <source>Remove it from %1 until the forum approves the connector.</source>
        <translation>Retirez-le de %1 jusqu&apos;à ce que le forum approuve le connecteur.</translation>
    </message>
    <message>
        <source>%1, yet deployed in %2 as “%3”.</source>
        <translation>%1, mais déployé dans %2 sous le nom «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>allowedMcpServers in %1 admits servers that no connector in the inventory has.</source>
        <translation>allowedMcpServers dans %1 admet des serveurs qu&apos;aucun connecteur de l&apos;inventaire n&apos;a.</translation>
    </message>
    <message>
        <source>Remove the entry, or add its server to the inventory and have it approved.</source>
        <translation>Supprimez l&apos;entrée, ou ajoutez son serveur à l&apos;inventaire et faites-le approuver.</translation>
    </message>
    <message>
        <source>Approved, yet deniedMcpServers in %1 blocks it (%2).</source>
        <translation>Approuvé, mais deniedMcpServers dans %1 le bloque (%2).</translation>
    </message>
    <message>
        <source>Correct the lists, or write them again with steward export --format claude-managed-settings.</source>
        <translation>Corrigez les listes, ou réécrivez-les avec steward export --format claude-managed-settings.</translation>
    </message>
    <message>
        <source>Approved, yet no entry of allowedMcpServers in %1 admits it.</source>
        <translation>Approuvé, mais aucune entrée de allowedMcpServers dans %1 ne l&apos;admet.</translation>
    </message>
    <message>
        <source>Remove or narrow the entry and add the server to deniedMcpServers (steward export --format claude-managed-settings writes both lists).</source>
        <translation>Supprimez ou restreignez l&apos;entrée et ajoutez le serveur à deniedMcpServers (steward export --format claude-managed-settings écrit les deux listes).</translation>
    </message>
    <message>
        <source>Remove or narrow the entry until the forum approves the connector (steward export --format claude-managed-settings writes the approved list).</source>
        <translation>Supprimez ou restreignez l&apos;entrée jusqu&apos;à ce que le forum approuve le connecteur (steward export --format claude-managed-settings écrit la liste des connecteurs approuvés).</translation>
    </message>
    <message>
        <source>%1, yet allowedMcpServers in %2 admits it (%3).</source>
        <translation>%1, mais allowedMcpServers dans %2 l&apos;admet (%3).</translation>
    </message>
    <message>
        <source>every deployed server is a connector of the inventory</source>
        <translation>chaque serveur déployé est un connecteur de l&apos;inventaire</translation>
    </message>
    <message>
        <source>no connector that is requested, pending re-approval or revoked is deployed or allowed</source>
        <translation>aucun connecteur demandé, en attente de nouvelle approbation ou révoqué n&apos;est déployé ni autorisé</translation>
    </message>
    <message>
        <source>a server deployed under a connector&apos;s name runs the server the connector records</source>
        <translation>un serveur déployé sous le nom d&apos;un connecteur exécute le serveur que ce connecteur enregistre</translation>
    </message>
    <message>
        <source>the allow- and deny-lists admit every approved connector</source>
        <translation>les listes d&apos;autorisation et de refus admettent chaque connecteur approuvé</translation>
    </message>
    <message>
        <source>each allow-list entry names a connector of the inventory</source>
        <translation>chaque entrée de la liste d&apos;autorisation désigne un connecteur de l&apos;inventaire</translation>
    </message>
    <message>
        <source>each approved connector is deployed in one of the server files compared</source>
        <translation>chaque connecteur approuvé est déployé dans l&apos;un des fichiers de serveurs comparés</translation>
    </message>
    <message>
        <source>Approved, yet deployed in none of the server files compared (%1).</source>
        <translation>Approuvé, mais absent de tous les fichiers de serveurs comparés (%1).</translation>
    </message>
    <message>
        <source>Deploy it (steward export --format claude-managed-mcp writes every approved server), or revoke it if it is no longer used.</source>
        <translation>Déployez-le (steward export --format claude-managed-mcp écrit chaque serveur approuvé), ou révoquez-le s&apos;il n&apos;est plus utilisé.</translation>
    </message>
    <message>
        <source>Found deployed at %1 (%2) by reconcile, without being in the inventory; requested, not approved.</source>
        <translation>Trouvé déployé dans %1 (%2) lors du rapprochement, sans figurer dans l&apos;inventaire&#xa0;; demandé, non approuvé.</translation>
    </message>
    <message>
        <source>It is given the environment variables %1 there (their values are not recorded).</source>
        <translation>Il y reçoit les variables d&apos;environnement %1 (leurs valeurs ne sont pas enregistrées).</translation>
    </message>
    <message>
        <source>It sends the headers %1 there (their values are not recorded).</source>
        <translation>Il y envoie les en-têtes %1 (leurs valeurs ne sont pas enregistrées).</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4 “%5”: %6 Fix: %7
</source>
        <translation>%1: %2 %3&#xa0;: %4 «&#xa0;%5&#xa0;»&#xa0;: %6 Correction&#xa0;: %7
</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, infos: %4; configuration files compared: %5 (servers: %6, allow-list entries: %7, deny-list entries: %8)
</source>
        <translation>%1: erreurs&#xa0;: %2, avertissements&#xa0;: %3, infos&#xa0;: %4&#xa0;; fichiers de configuration comparés&#xa0;: %5 (serveurs&#xa0;: %6, entrées de la liste d&apos;autorisation&#xa0;: %7, entrées de la liste de refus&#xa0;: %8)
</translation>
    </message>
    <message>
        <source>no command or URL</source>
        <translation>aucune commande ni URL</translation>
    </message>
    <message>
        <source>&lt;secret removed&gt;</source>
        <translation>&lt;secret supprimé&gt;</translation>
    </message>
</context>
<context>
    <name>steward::Rules</name>
    <message>
        <source>a private key</source>
        <translation>une clé privée</translation>
    </message>
    <message>
        <source>an HTTP bearer token</source>
        <translation>un jeton HTTP bearer</translation>
    </message>
    <message>
        <source>an AWS access key id</source>
        <translation>un identifiant de clé d&apos;accès AWS</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>un jeton GitHub</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>un jeton Slack</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>une clé d&apos;API Anthropic</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>une clé d&apos;API de type OpenAI</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>une clé d&apos;API Google</translation>
    </message>
    <message>
        <source>a Stripe secret key</source>
        <translation>une clé secrète Stripe</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>un jeton JSON Web Token</translation>
    </message>
    <message>
        <source>a URL with a password in it</source>
        <translation>une URL contenant un mot de passe</translation>
    </message>
    <message>
        <source>a password or key written out</source>
        <translation>un mot de passe ou une clé écrits en clair</translation>
    </message>
    <message>
        <source>a long random-looking string, like an access token</source>
        <translation>une longue chaîne d&apos;apparence aléatoire, comme un jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>steward::Store</name>
    <message>
        <source>A custom review cadence is every 1 to 3660 days, not %1.</source>
        <translation>Une cadence de revue personnalisée est comprise entre 1 et 3660 jours, pas %1.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>scheduled task</source>
        <translation>tâche planifiée</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>connecteur</translation>
    </message>
    <message>
        <source>OAuth scope</source>
        <translation>portée OAuth</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>forum meeting</source>
        <translation>réunion du forum</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revue</translation>
    </message>
    <message>
        <source>RACI role</source>
        <translation>rôle RACI</translation>
    </message>
    <message>
        <source>RACI activity</source>
        <translation>activité RACI</translation>
    </message>
    <message>
        <source>review cadence</source>
        <translation>cadence de revue</translation>
    </message>
    <message>
        <source>governance object</source>
        <translation>objet de gouvernance</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>allowed group</source>
        <translation>groupe autorisé</translation>
    </message>
    <message>
        <source>data-class rule</source>
        <translation>règle de classe de données</translation>
    </message>
    <message>
        <source>prohibited use</source>
        <translation>usage interdit</translation>
    </message>
    <message>
        <source>review tier</source>
        <translation>niveau de revue</translation>
    </message>
    <message>
        <source>audit field</source>
        <translation>champ d&apos;audit</translation>
    </message>
    <message>
        <source>policy section</source>
        <translation>section de la politique</translation>
    </message>
    <message>
        <source>policy version</source>
        <translation>version de la politique</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>business function</source>
        <translation>fonction métier</translation>
    </message>
    <message>
        <source>CLAUDE.md link</source>
        <translation>lien CLAUDE.md</translation>
    </message>
    <message>
        <source>SKILL.md link</source>
        <translation>lien SKILL.md</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>training opt-out posture</source>
        <translation>position sur le refus de l&apos;entraînement</translation>
    </message>
    <message>
        <source>retention posture</source>
        <translation>position sur la conservation</translation>
    </message>
    <message>
        <source>scope string</source>
        <translation>chaîne de portée</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Reading the inventory failed (%1): %2</source>
        <translation>La lecture de l&apos;inventaire a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>this %1</source>
        <translation>cet élément (%1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>lecture des personnes</translation>
    </message>
    <message>
        <source>Steward could not prepare &quot;%1&quot;: %2</source>
        <translation>Steward n&apos;a pas pu préparer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>recording the audit head</source>
        <translation>enregistrement de la tête de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>écriture de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>The name of this %1</source>
        <translation>Le nom de cet élément (%1)</translation>
    </message>
    <message>
        <source>One %1 of %2</source>
        <translation>Un élément «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The %1 of %2</source>
        <translation>Le champ «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 look like a secret (%2). Steward records OAuth scopes, never credentials; remove it.</source>
        <translation>%1&#xa0;: ces valeurs ressemblent à un secret (%2). Steward enregistre des portées OAuth, jamais des identifiants&#xa0;; retirez ce secret.</translation>
    </message>
    <message>
        <source>%1 looks like a secret (%2). Steward records OAuth scopes, never credentials; remove it.</source>
        <translation>%1 ressemble à un secret (%2). Steward enregistre des portées OAuth, jamais des identifiants&#xa0;; retirez ce secret.</translation>
    </message>
    <message>
        <source>Cannot add to %1 under the id %2: ids are positive.</source>
        <translation>Impossible d&apos;ajouter à %1 sous l&apos;identifiant %2&#xa0;: les identifiants sont positifs.</translation>
    </message>
    <message>
        <source>Another %1 already has the id %2, so this one cannot be restored under it.</source>
        <translation>Un autre élément (%1) porte déjà l&apos;identifiant %2&#xa0;; celui-ci ne peut donc pas être restauré sous cet identifiant.</translation>
    </message>
    <message>
        <source>adding to %1</source>
        <translation>ajout dans %1</translation>
    </message>
    <message>
        <source>%1 %2 does not exist (it may have been deleted meanwhile)</source>
        <translation>%1 %2 n&apos;existe pas (il a peut-être été supprimé entre-temps)</translation>
    </message>
    <message>
        <source>changing %1 %2</source>
        <translation>modification de %1 %2</translation>
    </message>
    <message>
        <source>removing %1 %2</source>
        <translation>suppression de %1 %2</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>le fichier n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>Steward (process %1 on %2)</source>
        <translation>Steward (processus %1 sur %2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>%1 is open for editing in %2. If Steward is no longer running there, delete %3 and try again.</source>
        <translation>%1 est ouvert en modification dans %2. Si Steward ne s&apos;y exécute plus, supprimez %3 et réessayez.</translation>
    </message>
    <message>
        <source>The folder holding %1 is not writable, so Steward cannot edit the file there (it keeps a lock file beside it). Open it read-only, or copy it to a folder you can write to.</source>
        <translation>Le dossier contenant %1 n&apos;est pas accessible en écriture&#xa0;; Steward ne peut donc pas y modifier le fichier (il place un fichier de verrou à côté). Ouvrez-le en lecture seule, ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Changing the file&apos;s structure failed (%1): %2</source>
        <translation>La modification de la structure du fichier a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is write-protected, so Steward cannot record changes in it. Open it read-only, or make it writable first.</source>
        <translation>%1 est protégé en écriture&#xa0;; Steward ne peut donc pas y enregistrer de modifications. Ouvrez-le en lecture seule, ou rendez-le d&apos;abord accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 was made by an older Steward and must be upgraded before it can be read. Open it for editing once to upgrade it (a backup is kept).</source>
        <translation>%1 a été créé par une version plus ancienne de Steward et doit être mis à niveau avant de pouvoir être lu. Ouvrez-le une fois en modification pour le mettre à niveau (une sauvegarde est conservée).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The inventory is open read-only.</source>
        <translation>L&apos;inventaire est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>the file already exists; Steward will not overwrite it.</source>
        <translation>le fichier existe déjà&#xa0;; Steward ne l&apos;écrasera pas.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the folder %1 is not writable.</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Politique d&apos;utilisation</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading; the file was not changed.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 avant la mise à niveau&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed (%2). The file is as it was before this step; a copy of the original is at %3.</source>
        <translation>La mise à niveau vers la version de schéma %1 a échoué (%2). Le fichier est tel qu&apos;il était avant cette étape&#xa0;; une copie de l&apos;original se trouve dans %3.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>A change inside this operation failed, so none of it was saved.</source>
        <translation>Une modification de cette opération a échoué&#xa0;; rien n&apos;en a donc été enregistré.</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Impossible de valider&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 already exists; Steward will not overwrite it.</source>
        <translation>%1 existe déjà&#xa0;; Steward ne l&apos;écrasera pas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A copy cannot be saved while a change is being made; try again after it.</source>
        <translation>Impossible d&apos;enregistrer une copie pendant qu&apos;une modification est en cours&#xa0;; réessayez ensuite.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the copy could not be written to disk.</source>
        <translation>la copie n&apos;a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile.</source>
        <translation>un fichier portant ce nom est apparu entre-temps.</translation>
    </message>
    <message>
        <source>That request no longer exists.</source>
        <translation>Cette demande n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is %2 already; only an open request can be decided.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà %2&#xa0;; seule une demande ouverte peut faire l&apos;objet d&apos;une décision.</translation>
    </message>
    <message>
        <source>A decision needs the day it was taken.</source>
        <translation>Une décision doit indiquer le jour où elle a été prise.</translation>
    </message>
    <message>
        <source>A decision is recorded once it has been taken, not for %1.</source>
        <translation>Une décision s&apos;enregistre une fois prise, pas pour le %1.</translation>
    </message>
    <message>
        <source>Every decider must be a person of the directory.</source>
        <translation>Chaque décideur doit être une personne de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Each decider counts once: the same person is named twice.</source>
        <translation>Chaque décideur ne compte qu&apos;une fois&#xa0;: la même personne est désignée deux fois.</translation>
    </message>
    <message>
        <source>“%1” needs %2 deciders, %3 named. %4</source>
        <translation>«&#xa0;%1&#xa0;» exige %2 décideurs, %3 désignés. %4</translation>
    </message>
    <message>
        <source>A decision needs at least one decider.</source>
        <translation>Une décision exige au moins un décideur.</translation>
    </message>
    <message>
        <source>A forum meeting needs the day it was held.</source>
        <translation>Une réunion du forum doit indiquer le jour où elle s&apos;est tenue.</translation>
    </message>
    <message>
        <source>Every attendee must be a person of the directory.</source>
        <translation>Chaque participant doit être une personne de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>That forum meeting is no longer recorded.</source>
        <translation>Cette réunion du forum n&apos;est plus enregistrée.</translation>
    </message>
    <message>
        <source>Reviewed at the governance forum of %1.</source>
        <translation>Revu lors du forum de gouvernance du %1.</translation>
    </message>
    <message>
        <source>A RACI cell holds only the letters R, A, C and I, not &quot;%1&quot;.</source>
        <translation>Une cellule RACI ne contient que les lettres R, A, C et I, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>RACI roles and activities need names.</source>
        <translation>Les rôles et les activités RACI doivent avoir un nom.</translation>
    </message>
    <message>
        <source>The RACI role “%1” names someone who is not in the people directory.</source>
        <translation>Le rôle RACI «&#xa0;%1&#xa0;» désigne quelqu&apos;un qui ne figure pas dans l&apos;annuaire des personnes.</translation>
    </message>
    <message>
        <source>A RACI cell points outside the matrix.</source>
        <translation>Une cellule RACI pointe en dehors de la matrice.</translation>
    </message>
    <message>
        <source>A review needs the date it took place.</source>
        <translation>Une revue doit indiquer la date à laquelle elle a eu lieu.</translation>
    </message>
    <message>
        <source>A review is of a workspace, connector, skill or governance object, not &quot;%1&quot;.</source>
        <translation>Une revue porte sur un espace de travail, un connecteur, une compétence ou un objet de gouvernance, pas sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 this review is about does not exist.</source>
        <translation>L&apos;élément (%1) sur lequel porte cette revue n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A review is recorded once it has taken place, not for %1.</source>
        <translation>Une revue s&apos;enregistre une fois qu&apos;elle a eu lieu, pas pour le %1.</translation>
    </message>
    <message>
        <source>That review is no longer recorded.</source>
        <translation>Cette revue n&apos;est plus enregistrée.</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>Une demande doit avoir un titre.</translation>
    </message>
    <message>
        <source>The connector request “%1” is about does not exist.</source>
        <translation>Le connecteur concerné par la demande «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The skill request “%1” is about does not exist.</source>
        <translation>La compétence concernée par la demande «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The deciders of a request are people of the directory, each named once.</source>
        <translation>Les décideurs d&apos;une demande sont des personnes de l&apos;annuaire, chacune désignée une seule fois.</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>Un incident doit avoir un titre.</translation>
    </message>
    <message>
        <source>A connector incident “%1” involves does not exist.</source>
        <translation>Le connecteur impliqué dans l&apos;incident «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A workspace incident “%1” involves does not exist.</source>
        <translation>L&apos;espace de travail impliqué dans l&apos;incident «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Reading the inventory failed (%1)</source>
        <translation>La lecture de l&apos;inventaire a échoué (%1)</translation>
    </message>
    <message>
        <source>A scheduled task needs a name.</source>
        <translation>Une tâche planifiée doit avoir un nom.</translation>
    </message>
    <message>
        <source>An OAuth scope cannot be empty.</source>
        <translation>Une portée OAuth ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A connector&apos;s risk tier is 1, 2 or 3, not %1.</source>
        <translation>Le niveau de risque d&apos;un connecteur est 1, 2 ou 3, pas %1.</translation>
    </message>
    <message>
        <source>Seats cannot be negative.</source>
        <translation>Le nombre de licences ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Cet espace de travail n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That connector no longer exists.</source>
        <translation>Ce connecteur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That skill no longer exists.</source>
        <translation>Cette compétence n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Audit row %1 does not hold the row it %2.</source>
        <translation>La ligne d&apos;audit %1 ne contient pas la ligne concernée (action&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Audit row %1 names a column %2 has not got.</source>
        <translation>La ligne d&apos;audit %1 désigne une colonne que %2 ne possède pas.</translation>
    </message>
    <message>
        <source>Audit row %1 holds a value that is not text.</source>
        <translation>La ligne d&apos;audit %1 contient une valeur qui n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail.</source>
        <translation>Impossible de lire la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds changes %1 to %2.</source>
        <translation>La piste d&apos;audit ne contient plus les modifications %1 à %2.</translation>
    </message>
    <message>
        <source>Audit row %1 is about a table Steward does not keep.</source>
        <translation>La ligne d&apos;audit %1 concerne une table que Steward ne gère pas.</translation>
    </message>
    <message>
        <source>%1 %2 has changed since; the step cannot be undone or redone exactly.</source>
        <translation>%1 %2 a changé depuis&#xa0;; l&apos;étape ne peut pas être annulée ou rétablie à l&apos;identique.</translation>
    </message>
    <message>
        <source>Audit row %1 records an unknown change, %2.</source>
        <translation>La ligne d&apos;audit %1 enregistre une modification inconnue, %2.</translation>
    </message>
    <message>
        <source>Reviews are due soon within 0 to %1 days, not %2.</source>
        <translation>Le délai «&#xa0;bientôt à échéance&#xa0;» des revues va de 0 à %1 jours, pas %2.</translation>
    </message>
    <message>
        <source>A pilot graduates within 1 to %1 weeks, not %2.</source>
        <translation>Un pilote passe en service régulier dans un délai de 1 à %1 semaines, pas %2.</translation>
    </message>
    <message>
        <source>A %1 needs a name.</source>
        <translation>Chaque %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>Il existe déjà un élément «&#xa0;%1&#xa0;» nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is still referred to by: %2.</source>
        <translation>%1 est encore référencé par&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Cette personne</translation>
    </message>
    <message>
        <source>An approved policy cannot change: edit it as a draft of the next version and approve that.</source>
        <translation>Une politique approuvée ne peut pas être modifiée&#xa0;: modifiez-la comme brouillon de la version suivante et approuvez celui-ci.</translation>
    </message>
    <message>
        <source>An approval is recorded by approving the policy, with its approver and dates, not by editing them.</source>
        <translation>Une approbation s&apos;enregistre en approuvant la politique, avec son approbateur et ses dates, et non en modifiant ceux-ci.</translation>
    </message>
    <message>
        <source>Review tiers are numbered 1 to 3, not %1.</source>
        <translation>Les niveaux de revue sont numérotés de 1 à 3, pas %1.</translation>
    </message>
    <message>
        <source>Approving the policy needs a named approver.</source>
        <translation>L&apos;approbation de la politique exige un approbateur désigné.</translation>
    </message>
    <message>
        <source>Approving the policy needs the approval date and the date it takes effect.</source>
        <translation>L&apos;approbation de la politique exige la date d&apos;approbation et la date d&apos;entrée en vigueur.</translation>
    </message>
    <message>
        <source>The policy cannot take effect before it is approved.</source>
        <translation>La politique ne peut pas entrer en vigueur avant d&apos;être approuvée.</translation>
    </message>
    <message>
        <source>Give the policy a version number before approving it.</source>
        <translation>Donnez un numéro de version à la politique avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Version %1 of the policy was already approved on %2; raise the version number for the changes.</source>
        <translation>La version %1 de la politique a déjà été approuvée le %2&#xa0;; augmentez le numéro de version pour les modifications.</translation>
    </message>
    <message>
        <source>Only the latest approval of the policy can be withdrawn.</source>
        <translation>Seule la dernière approbation de la politique peut être retirée.</translation>
    </message>
    <message>
        <source>Version %1 of the policy was approved on %2 as it is recorded; an approved version cannot be replaced.</source>
        <translation>La version %1 de la politique a été approuvée le %2 telle qu&apos;elle est enregistrée&#xa0;; une version approuvée ne peut pas être remplacée.</translation>
    </message>
    <message>
        <source>An approved version of the policy needs its version number and its text.</source>
        <translation>Une version approuvée de la politique doit avoir son numéro de version et son texte.</translation>
    </message>
    <message>
        <source>Version %1 of the policy needs a named approver.</source>
        <translation>La version %1 de la politique exige un approbateur désigné.</translation>
    </message>
    <message>
        <source>Version %1 of the policy needs the day it was approved and the day it took effect, not before it.</source>
        <translation>La version %1 de la politique doit indiquer le jour de son approbation et celui de son entrée en vigueur, qui ne peut pas le précéder.</translation>
    </message>
</context>
<context>
    <name>steward::Templates</name>
    <message>
        <source>Answer questions from team spaces and runbooks.</source>
        <translation>Répondre aux questions à partir des espaces d&apos;équipe et des runbooks.</translation>
    </message>
    <message>
        <source>List spaces so the agent can say where an answer came from.</source>
        <translation>Lister les espaces pour que l&apos;agent puisse indiquer d&apos;où vient une réponse.</translation>
    </message>
    <message>
        <source>Find pages by keyword instead of crawling.</source>
        <translation>Trouver des pages par mot-clé au lieu de tout parcourir.</translation>
    </message>
    <message>
        <source>Restricted spaces (HR, Board) are excluded at the Atlassian app level.</source>
        <translation>Les espaces restreints (RH, Conseil d&apos;administration) sont exclus au niveau de l&apos;application Atlassian.</translation>
    </message>
    <message>
        <source>Read issues to triage and summarise them.</source>
        <translation>Lire les tickets pour les trier et les résumer.</translation>
    </message>
    <message>
        <source>Create bugs from support escalations and add triage comments.</source>
        <translation>Créer des bugs à partir des escalades du support et ajouter des commentaires de tri.</translation>
    </message>
    <message>
        <source>Resolve assignees and reporters by name.</source>
        <translation>Retrouver les assignés et les rapporteurs par leur nom.</translation>
    </message>
    <message>
        <source>Open draft pull requests for release notes; GitHub has no read-only scope for private repositories.</source>
        <translation>Ouvrir des pull requests brouillons pour les notes de version&#xa0;; GitHub n&apos;a pas de portée en lecture seule pour les dépôts privés.</translation>
    </message>
    <message>
        <source>Map teams to code owners.</source>
        <translation>Associer les équipes aux propriétaires du code.</translation>
    </message>
    <message>
        <source>Limited to the product and docs repositories through the GitHub App&apos;s repository list.</source>
        <translation>Limité aux dépôts produit et documentation grâce à la liste de dépôts de la GitHub App.</translation>
    </message>
    <message>
        <source>Read cycles and issues for release notes.</source>
        <translation>Lire les cycles et les tickets pour les notes de version.</translation>
    </message>
    <message>
        <source>File follow-up issues found during triage.</source>
        <translation>Créer les tickets de suivi identifiés pendant le tri.</translation>
    </message>
    <message>
        <source>Approved in #ai-governance; the approver&apos;s name was not recorded.</source>
        <translation>Approuvé dans #ai-governance&#xa0;; le nom de l&apos;approbateur n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Read shared-drive documents: close workpapers, signed NDAs, handbook.</source>
        <translation>Lire les documents du drive partagé&#xa0;: dossiers de clôture, NDA signés, manuel.</translation>
    </message>
    <message>
        <source>Read the thread history with an account before a call.</source>
        <translation>Lire l&apos;historique des échanges avec un compte avant un appel.</translation>
    </message>
    <message>
        <source>Create drafts for a person to review and send; the agent never sends.</source>
        <translation>Créer des brouillons qu&apos;une personne relit et envoie&#xa0;; l&apos;agent n&apos;envoie jamais.</translation>
    </message>
    <message>
        <source>Served through the internal MCP gateway, which strips attachments over 10 MB.</source>
        <translation>Servi par la passerelle MCP interne, qui supprime les pièces jointes de plus de 10 Mo.</translation>
    </message>
    <message>
        <source>Find today&apos;s customer meetings to prepare account briefs.</source>
        <translation>Trouver les rendez-vous clients du jour pour préparer les fiches de compte.</translation>
    </message>
    <message>
        <source>Tier raised to 2 by the forum: meeting titles name customers and deal stages.</source>
        <translation>Niveau relevé à 2 par le forum&#xa0;: les titres des réunions nomment des clients et des étapes de vente.</translation>
    </message>
    <message>
        <source>Summarise public channels the user is in.</source>
        <translation>Résumer les canaux publics dont l&apos;utilisateur est membre.</translation>
    </message>
    <message>
        <source>List channels to pick the right one.</source>
        <translation>Lister les canaux pour choisir le bon.</translation>
    </message>
    <message>
        <source>Turn member ids into names in summaries.</source>
        <translation>Remplacer les identifiants de membres par des noms dans les résumés.</translation>
    </message>
    <message>
        <source>Post renewal reminders into account channels.</source>
        <translation>Publier des rappels de renouvellement dans les canaux des comptes.</translation>
    </message>
    <message>
        <source>Find the account&apos;s channel.</source>
        <translation>Trouver le canal du compte.</translation>
    </message>
    <message>
        <source>Revoked after it posted an unreviewed renewal summary into a Slack Connect channel shared with a customer.</source>
        <translation>Révoqué après avoir publié un résumé de renouvellement non relu dans un canal Slack Connect partagé avec un client.</translation>
    </message>
    <message>
        <source>Read accounts and opportunities; update Next Step and Close Date on opportunities the user owns.</source>
        <translation>Lire les comptes et les opportunités&#xa0;; mettre à jour Next Step et Close Date sur les opportunités dont l&apos;utilisateur est propriétaire.</translation>
    </message>
    <message>
        <source>Keep the session alive for scheduled tasks.</source>
        <translation>Maintenir la session active pour les tâches planifiées.</translation>
    </message>
    <message>
        <source>Approved read-only; widened to read-write for pipeline hygiene. On the next forum agenda.</source>
        <translation>Approuvé en lecture seule&#xa0;; élargi en lecture-écriture pour l&apos;hygiène du pipeline. À l&apos;ordre du jour du prochain forum.</translation>
    </message>
    <message>
        <source>Segment audiences for campaign briefs.</source>
        <translation>Segmenter les audiences pour les briefs de campagne.</translation>
    </message>
    <message>
        <source>Tailor content to target industries.</source>
        <translation>Adapter le contenu aux secteurs cibles.</translation>
    </message>
    <message>
        <source>Read published blog posts to keep the voice consistent.</source>
        <translation>Lire les articles de blog publiés pour garder un ton cohérent.</translation>
    </message>
    <message>
        <source>Imported from the 2024 marketing tools spreadsheet.</source>
        <translation>Importé depuis le tableur des outils marketing 2024.</translation>
    </message>
    <message>
        <source>Read new tickets for triage.</source>
        <translation>Lire les nouveaux tickets pour les trier.</translation>
    </message>
    <message>
        <source>Set priority, group and tags; add internal notes. Public replies stay with agents.</source>
        <translation>Définir la priorité, le groupe et les étiquettes&#xa0;; ajouter des notes internes. Les réponses publiques restent du ressort des agents.</translation>
    </message>
    <message>
        <source>See the requester&apos;s plan and region for routing.</source>
        <translation>Voir l&apos;offre et la région du demandeur pour l&apos;acheminement.</translation>
    </message>
    <message>
        <source>External: tickets:write also allows public comments, which reach customers.</source>
        <translation>Externe&#xa0;: tickets:write autorise aussi les commentaires publics, qui parviennent aux clients.</translation>
    </message>
    <message>
        <source>Read trial balance, journals and AP/AR ageing.</source>
        <translation>Lire la balance générale, les journaux et la balance âgée fournisseurs/clients.</translation>
    </message>
    <message>
        <source>Run saved close-variance datasets.</source>
        <translation>Exécuter les jeux de données enregistrés d&apos;écarts de clôture.</translation>
    </message>
    <message>
        <source>Runs as a dedicated read-only role without access to payroll subsidiaries.</source>
        <translation>S&apos;exécute sous un rôle dédié en lecture seule, sans accès aux filiales de paie.</translation>
    </message>
    <message>
        <source>Match payouts and invoices during reconciliation.</source>
        <translation>Associer les versements aux factures pendant le rapprochement.</translation>
    </message>
    <message>
        <source>Query curated revenue marts; the role cannot see raw event or PII schemas.</source>
        <translation>Interroger les datamarts de revenus validés&#xa0;; le rôle ne voit pas les schémas d&apos;événements bruts ni de données personnelles.</translation>
    </message>
    <message>
        <source>Let the daily KPI task run unattended.</source>
        <translation>Laisser la tâche KPI quotidienne s&apos;exécuter sans surveillance.</translation>
    </message>
    <message>
        <source>Search the executed-contract archive (2016-2022) for renewal and notice clauses.</source>
        <translation>Rechercher dans l&apos;archive des contrats signés (2016-2022) les clauses de renouvellement et de préavis.</translation>
    </message>
    <message>
        <source>Requested by Legal; Security asked for a folder-scoped app instead of root access.</source>
        <translation>Demandé par le Juridique&#xa0;; la Sécurité a demandé une application limitée à un dossier au lieu d&apos;un accès à la racine.</translation>
    </message>
    <message>
        <source>Head of IT Operations</source>
        <translation>Responsable des opérations informatiques</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Governance owner for the Cowork rollout since week one.</source>
        <translation>Propriétaire de la gouvernance du déploiement de Cowork depuis la première semaine.</translation>
    </message>
    <message>
        <source>Chief of Staff, COO office</source>
        <translation>Directeur de cabinet, bureau du COO</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Leads the monthly governance forum.</source>
        <translation>Anime le forum mensuel de gouvernance.</translation>
    </message>
    <message>
        <source>Chief Information Security Officer</source>
        <translation>Responsable de la sécurité des systèmes d&apos;information (RSSI)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Approves connectors and every read-write scope.</source>
        <translation>Approuve les connecteurs et chaque portée en lecture-écriture.</translation>
    </message>
    <message>
        <source>Security Engineer</source>
        <translation>Ingénieur sécurité</translation>
    </message>
    <message>
        <source>Senior Systems Engineer</source>
        <translation>Ingénieur systèmes senior</translation>
    </message>
    <message>
        <source>Runs the internal MCP gateway.</source>
        <translation>Gère la passerelle MCP interne.</translation>
    </message>
    <message>
        <source>Privacy and Compliance Manager</source>
        <translation>Responsable confidentialité et conformité</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Data protection officer; consulted on personal and restricted data.</source>
        <translation>Délégué à la protection des données&#xa0;; consulté sur les données personnelles et restreintes.</translation>
    </message>
    <message>
        <source>Chief Financial Officer</source>
        <translation>Directeur financier</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Sponsor for Finance.</source>
        <translation>Sponsor pour la Finance.</translation>
    </message>
    <message>
        <source>Finance Systems Lead</source>
        <translation>Responsable des systèmes financiers</translation>
    </message>
    <message>
        <source>Senior FP&amp;A Analyst</source>
        <translation>Analyste FP&amp;A senior</translation>
    </message>
    <message>
        <source>VP Sales</source>
        <translation>VP Ventes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Sponsor for Sales.</source>
        <translation>Sponsor pour les Ventes.</translation>
    </message>
    <message>
        <source>Revenue Operations Manager</source>
        <translation>Responsable Revenue Operations</translation>
    </message>
    <message>
        <source>Director of Customer Support</source>
        <translation>Directeur du support client</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sponsor for Support.</source>
        <translation>Sponsor pour le Support.</translation>
    </message>
    <message>
        <source>Support Operations Lead</source>
        <translation>Responsable des opérations de support</translation>
    </message>
    <message>
        <source>General Counsel</source>
        <translation>Directrice juridique</translation>
    </message>
    <message>
        <source>Sponsor for Legal.</source>
        <translation>Sponsor pour le Juridique.</translation>
    </message>
    <message>
        <source>Legal Operations Manager</source>
        <translation>Responsable des opérations juridiques</translation>
    </message>
    <message>
        <source>VP Engineering</source>
        <translation>VP Ingénierie</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Ingénierie</translation>
    </message>
    <message>
        <source>Sponsor for Engineering.</source>
        <translation>Sponsor pour l&apos;Ingénierie.</translation>
    </message>
    <message>
        <source>Staff Engineer, Developer Productivity</source>
        <translation>Staff Engineer, productivité des développeurs</translation>
    </message>
    <message>
        <source>Data Platform Lead</source>
        <translation>Responsable de la plateforme de données</translation>
    </message>
    <message>
        <source>Head of People</source>
        <translation>Directrice des ressources humaines</translation>
    </message>
    <message>
        <source>People</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>Sponsor for People.</source>
        <translation>Sponsor pour les RH.</translation>
    </message>
    <message>
        <source>People Operations Partner</source>
        <translation>Partenaire RH</translation>
    </message>
    <message>
        <source>VP Marketing</source>
        <translation>VP Marketing</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sponsor for Marketing.</source>
        <translation>Sponsor pour le Marketing.</translation>
    </message>
    <message>
        <source>Content Marketing Lead</source>
        <translation>Responsable du marketing de contenu</translation>
    </message>
    <message>
        <source>Acceptable use of AI agents (Claude Cowork)</source>
        <translation>Utilisation acceptable des agents d&apos;IA (Claude Cowork)</translation>
    </message>
    <message>
        <source>Only in workspaces classified confidential, through approved connectors; output gets tier 3 dual review and an audit-log entry.</source>
        <translation>Uniquement dans les espaces de travail classés confidentiels, via des connecteurs approuvés&#xa0;; le résultat passe par une double revue de niveau 3 et une entrée du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>processing restricted data: payroll, health data, payment card data, credentials</source>
        <translation>traiter des données restreintes&#xa0;: paie, données de santé, données de cartes de paiement, identifiants</translation>
    </message>
    <message>
        <source>connecting personal accounts or unapproved MCP servers to company data</source>
        <translation>connecter des comptes personnels ou des serveurs MCP non approuvés aux données de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Training on Fernhill prompts and outputs is off under our commercial agreement. IT checks the admin-console setting at every quarterly review; any change in the vendor&apos;s terms goes on the forum agenda.</source>
        <translation>L&apos;entraînement sur les prompts et les résultats de Fernhill est désactivé par notre contrat commercial. L&apos;IT contrôle le réglage de la console d&apos;administration à chaque revue trimestrielle&#xa0;; toute modification des conditions du fournisseur est inscrite à l&apos;ordre du jour du forum.</translation>
    </message>
    <message>
        <source>Conversation and project history: 90 days, then deleted. Audit-log entries: 2 years in the SIEM. Workspace memory is checked monthly for data that should not be there.</source>
        <translation>Historique des conversations et des projets&#xa0;: 90 jours, puis suppression. Entrées du journal d&apos;audit&#xa0;: 2 ans dans le SIEM. La mémoire des espaces de travail est contrôlée chaque mois pour y trouver des données qui ne devraient pas s&apos;y trouver.</translation>
    </message>
    <message>
        <source>Who may use the agent</source>
        <translation>Qui peut utiliser l&apos;agent</translation>
    </message>
    <message>
        <source>Cowork is open to employees in the groups above once they have completed the 30-minute *AI at Fernhill* training. Contractors and interns are not enrolled.

- Use your Fernhill SSO account; personal Claude accounts never touch company data.
- Every workspace has an owner and a CLAUDE.md that says what data it may hold.
- When unsure, ask in #ai-governance; the forum meets on the first Tuesday of each month.</source>
        <translation>Cowork est ouvert aux employés des groupes ci-dessus dès qu&apos;ils ont suivi la formation de 30 minutes *L&apos;IA chez Fernhill*. Les prestataires et les stagiaires n&apos;y sont pas inscrits.

- Utilisez votre compte SSO Fernhill&#xa0;; les comptes Claude personnels ne touchent jamais aux données de l&apos;entreprise.
- Chaque espace de travail a un propriétaire et un CLAUDE.md qui indique les données qu&apos;il peut contenir.
- En cas de doute, demandez dans #ai-governance&#xa0;; le forum se réunit le premier mardi de chaque mois.</translation>
    </message>
    <message>
        <source>Connectors and least privilege</source>
        <translation>Connecteurs et moindre privilège</translation>
    </message>
    <message>
        <source>Every connector starts **read-only**. Write access is earned per use case and needs a named approver from Security.

- Adding a scope or moving to read-write puts the connector back to *pending re-approval* until the forum signs off.
- Connector owners review their scopes quarterly and remove what is no longer used.
- Credentials live in the MCP gateway&apos;s vault, never in CLAUDE.md, SKILL.md or prompts.</source>
        <translation>Chaque connecteur démarre en **lecture seule**. L&apos;accès en écriture se mérite cas d&apos;usage par cas d&apos;usage et exige un approbateur désigné de la Sécurité.

- Ajouter une portée ou passer en lecture-écriture remet le connecteur *en attente de nouvelle approbation* jusqu&apos;à ce que le forum donne son accord.
- Les propriétaires de connecteurs revoient leurs portées chaque trimestre et retirent ce qui n&apos;est plus utilisé.
- Les identifiants sont conservés dans le coffre de la passerelle MCP, jamais dans CLAUDE.md, SKILL.md ni dans les prompts.</translation>
    </message>
    <message>
        <source>posting agent output to Slack Connect or other shared external channels without a named reviewer</source>
        <translation>publier le résultat d&apos;un agent dans Slack Connect ou d&apos;autres canaux externes partagés sans relecteur désigné</translation>
    </message>
    <message>
        <source>Conversation and project history: 90 days (30 days in confidential workspaces), then deleted. Audit-log entries: 2 years in the SIEM. Workspace memory is checked monthly for data that should not be there.</source>
        <translation>Historique des conversations et des projets&#xa0;: 90 jours (30 jours dans les espaces de travail confidentiels), puis suppression. Entrées du journal d&apos;audit&#xa0;: 2 ans dans le SIEM. La mémoire des espaces de travail est contrôlée chaque mois pour y trouver des données qui ne devraient pas s&apos;y trouver.</translation>
    </message>
    <message>
        <source>Before anything leaves Fernhill</source>
        <translation>Avant que quoi que ce soit ne quitte Fernhill</translation>
    </message>
    <message>
        <source>Output that reaches a customer, partner or the public is at least **tier 2**: a named reviewer reads it before it is sent.

- Agents draft; people send. No scheduled task posts to external or shared channels.
- Anything that touches confidential data or writes to a system of record is **tier 3**: two reviewers and an audit-log entry (actor, connector, data scope, approver, output hash).</source>
        <translation>Un résultat qui atteint un client, un partenaire ou le public est au moins de **niveau 2**&#xa0;: un relecteur désigné le lit avant son envoi.

- Les agents rédigent&#xa0;; les personnes envoient. Aucune tâche planifiée ne publie dans des canaux externes ou partagés.
- Tout ce qui touche des données confidentielles ou écrit dans un système de référence est de **niveau 3**&#xa0;: deux relecteurs et une entrée du journal d&apos;audit (acteur, connecteur, périmètre des données, approbateur, empreinte du résultat).</translation>
    </message>
    <message>
        <source>Re-evaluation brought forward after the Slack Connect incident; version 1.2 adds the shared-channel rule and shorter retention for confidential workspaces.</source>
        <translation>Réévaluation avancée après l&apos;incident Slack Connect&#xa0;; la version 1.2 ajoute la règle sur les canaux partagés et une conservation plus courte pour les espaces de travail confidentiels.</translation>
    </message>
    <message>
        <source>Quarterly connector review in the forum: 15 connectors walked through; HubSpot tier and Linear approver to be fixed by their owners.</source>
        <translation>Revue trimestrielle des connecteurs en forum&#xa0;: 15 connecteurs passés en revue&#xa0;; le niveau de HubSpot et l&apos;approbateur de Linear sont à corriger par leurs propriétaires.</translation>
    </message>
    <message>
        <source>write:jira-work still needed for bugs raised from support triage; no change.</source>
        <translation>write:jira-work reste nécessaire pour les bugs issus du tri du support&#xa0;; aucun changement.</translation>
    </message>
    <message>
        <source>Revoked: chat:write reached a Slack Connect channel shared with a customer.</source>
        <translation>Révoqué&#xa0;: chat:write a atteint un canal Slack Connect partagé avec un client.</translation>
    </message>
    <message>
        <source>Memory cleared of an uploaded payroll export; CLAUDE.md now forbids pay data explicitly.</source>
        <translation>Mémoire purgée d&apos;un export de paie téléversé&#xa0;; CLAUDE.md interdit désormais explicitement les données de rémunération.</translation>
    </message>
    <message>
        <source>Still a pilot; sponsor to agree graduation criteria (adoption, accuracy of KPI answers).</source>
        <translation>Toujours en pilote&#xa0;; le sponsor doit valider les critères de passage en service régulier (adoption, exactitude des réponses sur les KPI).</translation>
    </message>
    <message>
        <source>Re-verified after the model update on 50 sampled tickets: 47 routed as a lead would.</source>
        <translation>Revérifiée après la mise à jour du modèle sur un échantillon de 50 tickets&#xa0;: 47 orientés comme l&apos;aurait fait un responsable.</translation>
    </message>
    <message>
        <source>Box connector for the contract archive</source>
        <translation>Connecteur Box pour les archives des contrats</translation>
    </message>
    <message>
        <source>Legal wants the NDA and renewal skills to search executed contracts from 2016-2022, which were never moved to Google Drive.</source>
        <translation>Le Juridique veut que les compétences NDA et renouvellement puissent chercher dans les contrats signés de 2016-2022, qui n&apos;ont jamais été déplacés vers Google Drive.</translation>
    </message>
    <message>
        <source>Salesforce write access for pipeline hygiene</source>
        <translation>Accès en écriture à Salesforce pour l&apos;hygiène du pipeline</translation>
    </message>
    <message>
        <source>Let Pipeline hygiene 2.0 update Next Step and Close Date after the rep confirms, instead of reps copying the proposals by hand.</source>
        <translation>Permettre à Hygiène du pipeline 2.0 de mettre à jour Next Step et Close Date après confirmation du commercial, au lieu que les commerciaux recopient les propositions à la main.</translation>
    </message>
    <message>
        <source>Auto-send replies to simple support tickets</source>
        <translation>Envoi automatique des réponses aux tickets de support simples</translation>
    </message>
    <message>
        <source>Send the drafted reply for password-reset and invoice-copy tickets without an agent reading it first.</source>
        <translation>Envoyer la réponse rédigée pour les tickets de réinitialisation de mot de passe et de copie de facture sans qu&apos;un agent du support la lise d&apos;abord.</translation>
    </message>
    <message>
        <source>Rejected: auto-sending external commitments without review is a prohibited use. Approved instead: drafts with one named reviewer (tier 2).</source>
        <translation>Rejeté&#xa0;: l&apos;envoi automatique d&apos;engagements externes sans revue est un usage interdit. Approuvé à la place&#xa0;: des brouillons avec un relecteur désigné (niveau 2).</translation>
    </message>
    <message>
        <source>Workday connector for People ops</source>
        <translation>Connecteur Workday pour les opérations RH</translation>
    </message>
    <message>
        <source>Read employee records so the policy Q&amp;A can answer questions about an employee&apos;s own leave balance.</source>
        <translation>Lire les dossiers des employés pour que les Q&amp;R des politiques RH puissent répondre aux questions d&apos;un employé sur son propre solde de congés.</translation>
    </message>
    <message>
        <source>Rejected: personnel records are restricted data, which the policy forbids. The pilot continues on handbook pages only.</source>
        <translation>Rejeté&#xa0;: les dossiers du personnel sont des données restreintes, ce que la politique interdit. Le pilote se poursuit uniquement sur les pages du manuel.</translation>
    </message>
    <message>
        <source>Security questionnaire pre-fill skill</source>
        <translation>Compétence de pré-remplissage des questionnaires de sécurité</translation>
    </message>
    <message>
        <source>Pre-fill customer security questionnaires from the SOC 2 summary and the security FAQ; about 30 questionnaires a quarter.</source>
        <translation>Pré-remplir les questionnaires de sécurité des clients à partir de la synthèse SOC 2 et de la FAQ sécurité&#xa0;; environ 30 questionnaires par trimestre.</translation>
    </message>
    <message>
        <source>Approved: Security owns the skill; every questionnaire is reviewed by Security before it goes to the customer.</source>
        <translation>Approuvé&#xa0;: la Sécurité est propriétaire de la compétence&#xa0;; chaque questionnaire est revu par la Sécurité avant d&apos;être envoyé au client.</translation>
    </message>
    <message>
        <source>Renewal summary posted to a customer&apos;s Slack Connect channel</source>
        <translation>Synthèse de renouvellement publiée dans le canal Slack Connect d&apos;un client</translation>
    </message>
    <message>
        <source>Revoke the Slack notifier connector</source>
        <translation>Révoquer le connecteur de notification Slack</translation>
    </message>
    <message>
        <source>Archive the renewals workspace</source>
        <translation>Archiver l&apos;espace de travail des renouvellements</translation>
    </message>
    <message>
        <source>Name shared channels in the policy (1.2)</source>
        <translation>Nommer les canaux partagés dans la politique (1.2)</translation>
    </message>
    <message>
        <source>The daily renewal-reminder task posted an unreviewed summary, including the proposed discount, into a channel shared with the customer. Deleted after 20 minutes; the account team told the customer. Connector revoked, workspace archived, policy 1.2 names shared channels.</source>
        <translation>La tâche quotidienne de rappel des renouvellements a publié une synthèse non relue, remise proposée comprise, dans un canal partagé avec le client. Supprimée au bout de 20 minutes&#xa0;; l&apos;équipe de compte a prévenu le client. Connecteur révoqué, espace de travail archivé, la politique 1.2 nomme les canaux partagés.</translation>
    </message>
    <message>
        <source>Payroll export uploaded to the Finance close workspace</source>
        <translation>Export de paie téléversé dans l&apos;espace de travail de la clôture financière</translation>
    </message>
    <message>
        <source>Remove the file and its memory entries</source>
        <translation>Supprimer le fichier et ses entrées en mémoire</translation>
    </message>
    <message>
        <source>Add payroll exports to CLAUDE.md</source>
        <translation>Ajouter les exports de paie à CLAUDE.md</translation>
    </message>
    <message>
        <source>The memory-hygiene check found a payroll export (restricted data) a user had attached to explain a variance. File and memory entries removed, the user briefed, CLAUDE.md updated.</source>
        <translation>Le contrôle d&apos;hygiène de la mémoire a trouvé un export de paie (données restreintes) qu&apos;un utilisateur avait joint pour expliquer un écart. Fichier et entrées en mémoire supprimés, utilisateur informé, CLAUDE.md mis à jour.</translation>
    </message>
    <message>
        <source>Urgent tickets routed as low priority overnight</source>
        <translation>Tickets urgents classés en priorité basse pendant la nuit</translation>
    </message>
    <message>
        <source>Rewrite the routing guide as prose</source>
        <translation>Réécrire le guide d&apos;orientation en texte suivi</translation>
    </message>
    <message>
        <source>Re-verify the triage skill on 50 tickets</source>
        <translation>Revérifier la compétence de tri sur 50 tickets</translation>
    </message>
    <message>
        <source>Three P1 tickets from enterprise customers were tagged P3 by the overnight triage and answered 9 hours late. Suspected cause: the routing guide was rewritten as a table the skill misreads.</source>
        <translation>Trois tickets P1 de clients grands comptes ont été classés P3 par le tri de nuit et traités avec 9 heures de retard. Cause présumée&#xa0;: le guide d&apos;orientation a été réécrit sous forme de tableau, que la compétence lit mal.</translation>
    </message>
    <message>
        <source>Monthly governance forum: Security questionnaire skill live, Slack notifier incident closed.</source>
        <translation>Forum de gouvernance mensuel&#xa0;: compétence questionnaires de sécurité en service, incident du notificateur Slack clos.</translation>
    </message>
    <message>
        <source>Month-end variance commentary</source>
        <translation>Commentaire des écarts de fin de mois</translation>
    </message>
    <message>
        <source>Draft the commentary on P&amp;L variances above threshold for the CFO&apos;s month-end pack.</source>
        <translation>Rédiger le commentaire des écarts du P&amp;L au-delà du seuil pour le dossier de fin de mois du directeur financier.</translation>
    </message>
    <message>
        <source>NetSuite trial balance and budget; last month&apos;s commentary from the close folder.</source>
        <translation>Balance générale et budget NetSuite&#xa0;; le commentaire du mois précédent, tiré du dossier de clôture.</translation>
    </message>
    <message>
        <source>A commentary draft per cost centre, quoting the figures it used, for FP&amp;A to review.</source>
        <translation>Un projet de commentaire par centre de coûts, citant les chiffres utilisés, à relire par le FP&amp;A.</translation>
    </message>
    <message>
        <source>Payout reconciliation</source>
        <translation>Rapprochement des versements</translation>
    </message>
    <message>
        <source>Match Stripe payouts to NetSuite invoices and list what does not match.</source>
        <translation>Rapprocher les versements Stripe des factures NetSuite et lister ce qui ne correspond pas.</translation>
    </message>
    <message>
        <source>Stripe payouts and balance transactions; open NetSuite invoices.</source>
        <translation>Versements et opérations de solde Stripe&#xa0;; factures NetSuite ouvertes.</translation>
    </message>
    <message>
        <source>An exception list (unmatched, partial, duplicate) for accounts receivable.</source>
        <translation>Une liste d&apos;exceptions (non rapprochées, partielles, en double) pour la comptabilité clients.</translation>
    </message>
    <message>
        <source>Pipeline hygiene</source>
        <translation>Hygiène du pipeline</translation>
    </message>
    <message>
        <source>Flag opportunities with stale next steps or past close dates and propose updates.</source>
        <translation>Signaler les opportunités aux prochaines étapes obsolètes ou aux dates de clôture dépassées et proposer des mises à jour.</translation>
    </message>
    <message>
        <source>The rep&apos;s open opportunities in Salesforce; recent email threads with the account.</source>
        <translation>Les opportunités ouvertes du commercial dans Salesforce&#xa0;; les échanges d&apos;e-mails récents avec le compte.</translation>
    </message>
    <message>
        <source>Proposed Next Step and Close Date changes, written to Salesforce only after the rep confirms.</source>
        <translation>Modifications proposées de Next Step et Close Date, écrites dans Salesforce seulement après confirmation du commercial.</translation>
    </message>
    <message>
        <source>Version 2.0 writes to Salesforce; the connector&apos;s widening awaits re-approval.</source>
        <translation>La version 2.0 écrit dans Salesforce&#xa0;; l&apos;élargissement du connecteur attend une nouvelle approbation.</translation>
    </message>
    <message>
        <source>Account brief before a call</source>
        <translation>Fiche compte avant un appel</translation>
    </message>
    <message>
        <source>Prepare a one-page brief on an account before a customer meeting.</source>
        <translation>Préparer une fiche d&apos;une page sur un compte avant un rendez-vous client.</translation>
    </message>
    <message>
        <source>Today&apos;s calendar; the Salesforce account and opportunities; recent email; HubSpot engagement.</source>
        <translation>L&apos;agenda du jour&#xa0;; le compte et les opportunités Salesforce&#xa0;; les e-mails récents&#xa0;; l&apos;engagement HubSpot.</translation>
    </message>
    <message>
        <source>A one-page brief saved as a draft email to the rep.</source>
        <translation>Une fiche d&apos;une page enregistrée comme brouillon d&apos;e-mail adressé au commercial.</translation>
    </message>
    <message>
        <source>Written by an account executive who has since left Fernhill; needs a maintainer.</source>
        <translation>Écrite par un account executive qui a depuis quitté Fernhill&#xa0;; il lui faut un mainteneur.</translation>
    </message>
    <message>
        <source>Renewal reminder post</source>
        <translation>Publication des rappels de renouvellement</translation>
    </message>
    <message>
        <source>Post 90-, 60- and 30-day renewal reminders into each account&apos;s Slack channel.</source>
        <translation>Publier les rappels de renouvellement à 90, 60 et 30 jours dans le canal Slack de chaque compte.</translation>
    </message>
    <message>
        <source>Renewal dates from Salesforce.</source>
        <translation>Dates de renouvellement issues de Salesforce.</translation>
    </message>
    <message>
        <source>One Slack message per account and milestone.</source>
        <translation>Un message Slack par compte et par jalon.</translation>
    </message>
    <message>
        <source>Deprecated with the Slack notifier connector; reminders now come from the renewals dashboard.</source>
        <translation>Rendue obsolète en même temps que le connecteur de notification Slack&#xa0;; les rappels viennent désormais du tableau de bord des renouvellements.</translation>
    </message>
    <message>
        <source>Support ticket triage</source>
        <translation>Tri des tickets de support</translation>
    </message>
    <message>
        <source>Set priority, group and tags on new tickets and leave an internal triage note.</source>
        <translation>Définir la priorité, le groupe et les étiquettes des nouveaux tickets et laisser une note de tri interne.</translation>
    </message>
    <message>
        <source>New Zendesk tickets; the routing guide in Confluence; open Jira bugs.</source>
        <translation>Nouveaux tickets Zendesk&#xa0;; le guide d&apos;orientation dans Confluence&#xa0;; les bugs Jira ouverts.</translation>
    </message>
    <message>
        <source>Priority, group, tags and an internal note; a Jira bug draft when the ticket matches a defect.</source>
        <translation>Priorité, groupe, étiquettes et une note interne&#xa0;; un brouillon de bug Jira quand le ticket correspond à un défaut.</translation>
    </message>
    <message>
        <source>Help-centre article draft</source>
        <translation>Brouillon d&apos;article du centre d&apos;aide</translation>
    </message>
    <message>
        <source>Turn solved tickets that have no matching article into a draft help-centre article.</source>
        <translation>Transformer les tickets résolus sans article correspondant en brouillon d&apos;article du centre d&apos;aide.</translation>
    </message>
    <message>
        <source>Solved Zendesk tickets; existing help-centre pages in Confluence.</source>
        <translation>Tickets Zendesk résolus&#xa0;; pages existantes du centre d&apos;aide dans Confluence.</translation>
    </message>
    <message>
        <source>A draft in the Help Centre Drafts space for a support lead to edit and publish.</source>
        <translation>Un brouillon dans l&apos;espace Help Centre Drafts, qu&apos;un responsable du support modifie et publie.</translation>
    </message>
    <message>
        <source>NDA first-pass review</source>
        <translation>Première revue des NDA</translation>
    </message>
    <message>
        <source>Compare an incoming NDA with Fernhill&apos;s NDA playbook and mark each deviation.</source>
        <translation>Comparer un NDA reçu avec le guide NDA de Fernhill et signaler chaque écart.</translation>
    </message>
    <message>
        <source>The counterparty&apos;s NDA from the Legal shared drive; the NDA playbook.</source>
        <translation>Le NDA de la contrepartie, depuis le drive partagé du Juridique&#xa0;; le guide NDA.</translation>
    </message>
    <message>
        <source>A list of deviations, each with the playbook clause and a suggested redline; Legal decides.</source>
        <translation>Une liste des écarts, chacun avec la clause du guide et une proposition de modification&#xa0;; le Juridique décide.</translation>
    </message>
    <message>
        <source>Release notes draft</source>
        <translation>Brouillon des notes de version</translation>
    </message>
    <message>
        <source>Draft customer-facing release notes from merged pull requests and closed issues.</source>
        <translation>Rédiger des notes de version destinées aux clients à partir des pull requests fusionnées et des tickets clos.</translation>
    </message>
    <message>
        <source>Pull requests merged since the last tag; closed Linear and Jira issues.</source>
        <translation>Pull requests fusionnées depuis le dernier tag&#xa0;; tickets Linear et Jira clos.</translation>
    </message>
    <message>
        <source>A draft pull request to the docs repository, reviewed by the product manager.</source>
        <translation>Une pull request en brouillon sur le dépôt de la documentation, revue par le product manager.</translation>
    </message>
    <message>
        <source>Instructions live in the docs repository&apos;s README; SKILL.md not written yet.</source>
        <translation>Les instructions se trouvent dans le README du dépôt de la documentation&#xa0;; SKILL.md pas encore écrit.</translation>
    </message>
    <message>
        <source>Metric explainer</source>
        <translation>Explication des indicateurs</translation>
    </message>
    <message>
        <source>Answer &quot;why did this KPI move?&quot; with the queries that show it.</source>
        <translation>Répondre à «&#xa0;pourquoi ce KPI a-t-il bougé&#xa0;?&#xa0;» avec les requêtes qui le montrent.</translation>
    </message>
    <message>
        <source>A KPI and a period; the curated revenue marts in Snowflake.</source>
        <translation>Un KPI et une période&#xa0;; les datamarts de revenus validés dans Snowflake.</translation>
    </message>
    <message>
        <source>An explanation with the SQL it ran, for an analyst to check before it is shared.</source>
        <translation>Une explication accompagnée du SQL exécuté, à vérifier par un analyste avant diffusion.</translation>
    </message>
    <message>
        <source>Blog post draft in house style</source>
        <translation>Brouillon d&apos;article de blog dans le style maison</translation>
    </message>
    <message>
        <source>Draft blog posts and LinkedIn copy from a campaign brief, in Fernhill&apos;s voice.</source>
        <translation>Rédiger des articles de blog et des textes LinkedIn à partir d&apos;un brief de campagne, avec la voix de Fernhill.</translation>
    </message>
    <message>
        <source>The campaign brief; published posts from HubSpot; the brand guide.</source>
        <translation>Le brief de campagne&#xa0;; les articles publiés depuis HubSpot&#xa0;; la charte de marque.</translation>
    </message>
    <message>
        <source>A Google Doc for the content lead; the agent publishes nothing.</source>
        <translation>Un Google Doc pour le responsable du contenu&#xa0;; l&apos;agent ne publie rien.</translation>
    </message>
    <message>
        <source>People policy Q&amp;A</source>
        <translation>Q&amp;R des politiques RH</translation>
    </message>
    <message>
        <source>Answer employees&apos; questions on leave, expenses and travel from the handbook.</source>
        <translation>Répondre aux questions des employés sur les congés, les notes de frais et les déplacements à partir du manuel.</translation>
    </message>
    <message>
        <source>Handbook and policy pages in Confluence and on the People shared drive.</source>
        <translation>Pages du manuel et des politiques dans Confluence et sur le drive partagé des RH.</translation>
    </message>
    <message>
        <source>An answer that cites the policy page; People Ops checks a sample weekly during the pilot.</source>
        <translation>Une réponse qui cite la page de la politique&#xa0;; les RH contrôlent un échantillon chaque semaine pendant le pilote.</translation>
    </message>
    <message>
        <source>Security questionnaire pre-fill</source>
        <translation>Pré-remplissage des questionnaires de sécurité</translation>
    </message>
    <message>
        <source>Pre-fill customer security questionnaires from Fernhill&apos;s trust documentation.</source>
        <translation>Pré-remplir les questionnaires de sécurité des clients à partir de la documentation de confiance de Fernhill.</translation>
    </message>
    <message>
        <source>The questionnaire; the SOC 2 summary and security FAQ in Confluence.</source>
        <translation>Le questionnaire&#xa0;; la synthèse SOC 2 et la FAQ sécurité dans Confluence.</translation>
    </message>
    <message>
        <source>A questionnaire marked draft, reviewed by Security before it goes to the customer.</source>
        <translation>Un questionnaire marqué comme brouillon, revu par la Sécurité avant d&apos;être envoyé au client.</translation>
    </message>
    <message>
        <source>Finance close</source>
        <translation>Clôture financière</translation>
    </message>
    <message>
        <source>Month-end close: reconciliations, variance commentary and the CFO pack.</source>
        <translation>Clôture de fin de mois&#xa0;: rapprochements, commentaire des écarts et dossier du directeur financier.</translation>
    </message>
    <message>
        <source>Trial balance, journals, AP/AR ageing and close workpapers. No payroll or pay data.</source>
        <translation>Balance générale, journaux, balance âgée fournisseurs/clients et dossiers de travail de clôture. Aucune donnée de paie ni de rémunération.</translation>
    </message>
    <message>
        <source>Daily cash position summary</source>
        <translation>Synthèse quotidienne de la position de trésorerie</translation>
    </message>
    <message>
        <source>weekdays 07:30</source>
        <translation>jours ouvrés 07:30</translation>
    </message>
    <message>
        <source>Close checklist status</source>
        <translation>État de la checklist de clôture</translation>
    </message>
    <message>
        <source>business days 1-5, 08:00</source>
        <translation>jours ouvrés 1 à 5, 08:00</translation>
    </message>
    <message>
        <source>Payout reconciliation exceptions</source>
        <translation>Exceptions du rapprochement des versements</translation>
    </message>
    <message>
        <source>Mondays 06:00</source>
        <translation>lundis 06:00</translation>
    </message>
    <message>
        <source>Sales ops</source>
        <translation>Opérations commerciales</translation>
    </message>
    <message>
        <source>Pipeline hygiene and call preparation for account executives.</source>
        <translation>Hygiène du pipeline et préparation des appels pour les account executives.</translation>
    </message>
    <message>
        <source>Accounts, opportunities, email threads and calendars of the sales team.</source>
        <translation>Comptes, opportunités, échanges d&apos;e-mails et agendas de l&apos;équipe commerciale.</translation>
    </message>
    <message>
        <source>Pipeline hygiene report</source>
        <translation>Rapport d&apos;hygiène du pipeline</translation>
    </message>
    <message>
        <source>Mondays 07:00</source>
        <translation>lundis 07:00</translation>
    </message>
    <message>
        <source>Pre-call account briefs</source>
        <translation>Fiches compte avant appel</translation>
    </message>
    <message>
        <source>weekdays 06:45</source>
        <translation>jours ouvrés 06:45</translation>
    </message>
    <message>
        <source>Support triage</source>
        <translation>Tri du support</translation>
    </message>
    <message>
        <source>First-pass triage of the support queue and help-centre upkeep.</source>
        <translation>Premier tri de la file du support et entretien du centre d&apos;aide.</translation>
    </message>
    <message>
        <source>Customer tickets: names, emails, plan and product usage. Card data never enters Zendesk.</source>
        <translation>Tickets clients&#xa0;: noms, e-mails, offre et utilisation du produit. Les données de cartes n&apos;entrent jamais dans Zendesk.</translation>
    </message>
    <message>
        <source>Overnight queue triage</source>
        <translation>Tri de nuit de la file</translation>
    </message>
    <message>
        <source>daily 06:00</source>
        <translation>tous les jours 06:00</translation>
    </message>
    <message>
        <source>Escalation digest to #support-leads</source>
        <translation>Synthèse des escalades vers #support-leads</translation>
    </message>
    <message>
        <source>weekdays 16:00</source>
        <translation>jours ouvrés 16:00</translation>
    </message>
    <message>
        <source>The escalation digest is paused: it posted through the revoked Slack notifier.</source>
        <translation>La synthèse des escalades est suspendue&#xa0;: elle publiait via le notificateur Slack révoqué.</translation>
    </message>
    <message>
        <source>Legal contract review</source>
        <translation>Revue des contrats juridiques</translation>
    </message>
    <message>
        <source>First-pass review of NDAs and inbound customer paper against the playbooks.</source>
        <translation>Première revue des NDA et des contrats proposés par les clients au regard des guides.</translation>
    </message>
    <message>
        <source>NDAs and customer contracts under negotiation; executed contracts stay in Box.</source>
        <translation>NDA et contrats clients en négociation&#xa0;; les contrats signés restent dans Box.</translation>
    </message>
    <message>
        <source>Renewal-notice scan</source>
        <translation>Analyse des avis de renouvellement</translation>
    </message>
    <message>
        <source>Mondays 09:00</source>
        <translation>lundis 09:00</translation>
    </message>
    <message>
        <source>Release notes, issue triage and code-base questions for product engineering.</source>
        <translation>Notes de version, tri des tickets et questions sur le code pour l&apos;ingénierie produit.</translation>
    </message>
    <message>
        <source>Source code of the product and docs repositories, issues and design pages. Production data and secrets are out of scope.</source>
        <translation>Code source des dépôts du produit et de la documentation, tickets et pages de conception. Les données de production et les secrets sont hors périmètre.</translation>
    </message>
    <message>
        <source>Fridays 15:00</source>
        <translation>vendredis 15:00</translation>
    </message>
    <message>
        <source>Stale pull-request digest</source>
        <translation>Synthèse des pull requests en souffrance</translation>
    </message>
    <message>
        <source>weekdays 09:00</source>
        <translation>jours ouvrés 09:00</translation>
    </message>
    <message>
        <source>People ops</source>
        <translation>Opérations RH</translation>
    </message>
    <message>
        <source>Pilot: answer employees&apos; policy questions and prepare onboarding packs.</source>
        <translation>Pilote&#xa0;: répondre aux questions des employés sur les politiques et préparer les dossiers d&apos;intégration.</translation>
    </message>
    <message>
        <source>Handbook, policies and anonymised survey themes. No personnel files, pay or health data.</source>
        <translation>Manuel, politiques et thèmes anonymisés des enquêtes. Aucun dossier du personnel, aucune donnée de rémunération ni de santé.</translation>
    </message>
    <message>
        <source>Onboarding pack preparation</source>
        <translation>Préparation des dossiers d&apos;intégration</translation>
    </message>
    <message>
        <source>Mondays 08:00</source>
        <translation>lundis 08:00</translation>
    </message>
    <message>
        <source>CLAUDE.md drafted with Legal, not yet committed.</source>
        <translation>CLAUDE.md rédigé avec le Juridique, pas encore versionné.</translation>
    </message>
    <message>
        <source>Marketing content</source>
        <translation>Contenu marketing</translation>
    </message>
    <message>
        <source>Blog posts, campaign copy and the weekly content calendar.</source>
        <translation>Articles de blog, textes de campagne et calendrier éditorial hebdomadaire.</translation>
    </message>
    <message>
        <source>Campaign briefs, published content and the brand guide; HubSpot contacts read for segmentation only.</source>
        <translation>Briefs de campagne, contenus publiés et charte de marque&#xa0;; les contacts HubSpot ne sont lus que pour la segmentation.</translation>
    </message>
    <message>
        <source>Content calendar digest</source>
        <translation>Synthèse du calendrier éditorial</translation>
    </message>
    <message>
        <source>Mondays 10:00</source>
        <translation>lundis 10:00</translation>
    </message>
    <message>
        <source>Revenue analytics</source>
        <translation>Analyse des revenus</translation>
    </message>
    <message>
        <source>Self-serve answers on ARR, churn and expansion for the leadership team.</source>
        <translation>Réponses en libre-service sur l&apos;ARR, le churn et l&apos;expansion pour l&apos;équipe de direction.</translation>
    </message>
    <message>
        <source>Curated revenue marts in Snowflake: ARR, churn and expansion by account.</source>
        <translation>Datamarts de revenus validés dans Snowflake&#xa0;: ARR, churn et expansion par compte.</translation>
    </message>
    <message>
        <source>KPI pack refresh</source>
        <translation>Actualisation du dossier de KPI</translation>
    </message>
    <message>
        <source>daily 05:30</source>
        <translation>tous les jours 05:30</translation>
    </message>
    <message>
        <source>Graduation criteria never agreed with the sponsor.</source>
        <translation>Critères de passage en service régulier jamais validés avec le sponsor.</translation>
    </message>
    <message>
        <source>IT helpdesk</source>
        <translation>Support informatique</translation>
    </message>
    <message>
        <source>Summarise the access-request queue and answer how-to questions from the runbooks.</source>
        <translation>Résumer la file des demandes d&apos;accès et répondre aux questions pratiques à partir des procédures.</translation>
    </message>
    <message>
        <source>IT tickets, runbooks and the device inventory.</source>
        <translation>Tickets informatiques, procédures et inventaire des appareils.</translation>
    </message>
    <message>
        <source>Access-request queue summary</source>
        <translation>Synthèse de la file des demandes d&apos;accès</translation>
    </message>
    <message>
        <source>weekdays 08:30</source>
        <translation>jours ouvrés 08:30</translation>
    </message>
    <message>
        <source>Security review desk</source>
        <translation>Cellule de revue sécurité</translation>
    </message>
    <message>
        <source>Customer security questionnaires and the weekly connector scope check.</source>
        <translation>Questionnaires de sécurité des clients et contrôle hebdomadaire des portées des connecteurs.</translation>
    </message>
    <message>
        <source>Security questionnaires, the SOC 2 summary and connector configuration.</source>
        <translation>Questionnaires de sécurité, synthèse SOC 2 et configuration des connecteurs.</translation>
    </message>
    <message>
        <source>Connector scope diff</source>
        <translation>Écart des portées des connecteurs</translation>
    </message>
    <message>
        <source>Fridays 11:00</source>
        <translation>vendredis 11:00</translation>
    </message>
    <message>
        <source>Questionnaire queue check</source>
        <translation>Contrôle de la file des questionnaires</translation>
    </message>
    <message>
        <source>Tuesdays and Thursdays 10:00</source>
        <translation>mardis et jeudis 10:00</translation>
    </message>
    <message>
        <source>Renewals desk</source>
        <translation>Cellule des renouvellements</translation>
    </message>
    <message>
        <source>Renewal reminders for account managers.</source>
        <translation>Rappels de renouvellement pour les gestionnaires de comptes.</translation>
    </message>
    <message>
        <source>Renewal dates and account channels.</source>
        <translation>Dates de renouvellement et canaux des comptes.</translation>
    </message>
    <message>
        <source>Renewal reminders</source>
        <translation>Rappels de renouvellement</translation>
    </message>
    <message>
        <source>daily 09:00</source>
        <translation>tous les jours 09:00</translation>
    </message>
    <message>
        <source>Archived after the Slack Connect incident; renewal work moved to Sales ops.</source>
        <translation>Archivé après l&apos;incident Slack Connect&#xa0;; le travail sur les renouvellements est passé aux Opérations commerciales.</translation>
    </message>
    <message>
        <source>Acceptable use of AI agents</source>
        <translation>Utilisation acceptable des agents d&apos;IA</translation>
    </message>
    <message>
        <source>Tier 3 review: dual review and audit log</source>
        <translation>Revue de niveau 3&#xa0;: double revue et journal d&apos;audit</translation>
    </message>
    <message>
        <source>Weekly during a pilot</source>
        <translation>Hebdomadaire pendant un pilote</translation>
    </message>
    <message>
        <source>Owner-plus-sponsor stand-up: usage, blockers, decisions.</source>
        <translation>Point propriétaire et sponsor&#xa0;: utilisation, blocages, décisions.</translation>
    </message>
    <message>
        <source>Monthly at steady state</source>
        <translation>Mensuelle en service régulier</translation>
    </message>
    <message>
        <source>Review usage, prompt regressions, new candidate workflows.</source>
        <translation>Revoir l&apos;utilisation, les régressions des prompts, les nouveaux processus candidats.</translation>
    </message>
    <message>
        <source>Quarterly governance review</source>
        <translation>Revue de gouvernance trimestrielle</translation>
    </message>
    <message>
        <source>Security, access, opt-out posture, connector inventory, skills audit.</source>
        <translation>Sécurité, accès, position sur le refus de l&apos;entraînement, inventaire des connecteurs, audit des compétences.</translation>
    </message>
    <message>
        <source>Annual re-evaluation</source>
        <translation>Réévaluation annuelle</translation>
    </message>
    <message>
        <source>Full re-evaluation against business goals.</source>
        <translation>Réévaluation complète au regard des objectifs de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Pilot owner</source>
        <translation>Propriétaire du pilote</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Workspace creation</source>
        <translation>Création d&apos;un espace de travail</translation>
    </message>
    <message>
        <source>Connector approval</source>
        <translation>Approbation d&apos;un connecteur</translation>
    </message>
    <message>
        <source>Skill development</source>
        <translation>Développement de compétences</translation>
    </message>
    <message>
        <source>Incident response</source>
        <translation>Réponse aux incidents</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Revue trimestrielle</translation>
    </message>
</context>
<context>
    <name>steward::Verify</name>
    <message>
        <source>audit: cannot be read</source>
        <translation>audit&#xa0;: illisible</translation>
    </message>
    <message>
        <source>audit id %1: does not follow audit id %2 (rows of the audit trail were deleted or inserted)</source>
        <translation>audit id %1&#xa0;: ne suit pas audit id %2 (des lignes de la piste d&apos;audit ont été supprimées ou insérées)</translation>
    </message>
    <message>
        <source>audit id %1: its content does not match its hash (edited)</source>
        <translation>audit id %1&#xa0;: son contenu ne correspond pas à son empreinte (modifié)</translation>
    </message>
    <message>
        <source>audit id %1: unreadable record of a created row</source>
        <translation>audit id %1&#xa0;: enregistrement illisible d&apos;une ligne créée</translation>
    </message>
    <message>
        <source>audit id %1: changes %2 id %3, which the trail never created</source>
        <translation>audit id %1&#xa0;: modifie %2 id %3, que la piste n&apos;a jamais créé</translation>
    </message>
    <message>
        <source>audit id %1: deletes %2 id %3, which the trail never created</source>
        <translation>audit id %1&#xa0;: supprime %2 id %3, que la piste n&apos;a jamais créé</translation>
    </message>
    <message>
        <source>audit id %1: unknown action &quot;%2&quot;</source>
        <translation>audit id %1&#xa0;: action inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>audit: the trail ends at id %1, which is not where Steward last left it (rows were removed from its end, or added behind Steward&apos;s back)</source>
        <translation>audit&#xa0;: la piste s&apos;arrête à l&apos;id %1, qui n&apos;est pas là où Steward l&apos;a laissée (des lignes ont été retirées de sa fin, ou ajoutées à l&apos;insu de Steward)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1&#xa0;: illisible</translation>
    </message>
    <message>
        <source>%1 id %2: row is not accounted for by the audit trail (inserted behind Steward&apos;s back, or the audit rows that created it were removed)</source>
        <translation>%1 id %2&#xa0;: la piste d&apos;audit ne justifie pas cette ligne (insérée à l&apos;insu de Steward, ou les lignes d&apos;audit qui l&apos;ont créée ont été retirées)</translation>
    </message>
    <message>
        <source>%1 id %2: %3 is %4 but the audit trail says %5 (changed behind Steward&apos;s back)</source>
        <translation>%1 id %2&#xa0;: %3 vaut %4 mais la piste d&apos;audit indique %5 (modifié à l&apos;insu de Steward)</translation>
    </message>
    <message>
        <source>%1 id %2: row is missing, though the audit trail says it exists (deleted behind Steward&apos;s back)</source>
        <translation>%1 id %2&#xa0;: la ligne manque, alors que la piste d&apos;audit indique qu&apos;elle existe (supprimée à l&apos;insu de Steward)</translation>
    </message>
    <message>
        <source>A snapshot is for a store opened read-only.</source>
        <translation>Un instantané n&apos;est possible que pour un stockage ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot begin reading %1: %2</source>
        <translation>Impossible de commencer la lecture de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>audit: records changes to &quot;%1&quot;, which is no table of an inventory</source>
        <translation>audit&#xa0;: enregistre des modifications de «&#xa0;%1&#xa0;», qui n&apos;est pas une table d&apos;un inventaire</translation>
    </message>
</context>
<context>
    <name>steward::cli</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--template is seed, empty or sample, not &quot;%1&quot;</source>
        <translation>--template vaut seed, empty ou sample, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Created %1 (%2 template).</source>
        <translation>%1 créé (modèle %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problème trouvé</numerusform>
            <numerusform>%n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (integrity, audit chain of %2 entries, every row accounted for)</source>
        <translation>%1&#xa0;: ok (intégrité, chaîne d&apos;audit de %2 entrées, chaque ligne justifiée)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>--format is text or json, not %1</source>
        <translation>--format vaut text ou json, pas %1</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD, not %1</source>
        <translation>--today attend une date au format AAAA-MM-JJ, pas %1</translation>
    </message>
    <message>
        <source>demo needs --size N</source>
        <translation>demo nécessite --size N</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2 in %3 ms.</source>
        <translation>%1 lignes écrites dans %2 en %3 ms.</translation>
    </message>
    <message>
        <source>Usage: steward [FILE]
       steward COMMAND [ARGS]

Keeps the governance of an AI-agent rollout (policy, workspaces, connectors, skills,
RACI, review cadences) in one local inventory file.

  steward [FILE]                        open the editor (the sample inventory if none)
  steward new FILE [--template seed|empty|sample]
                                        create an inventory (default: seed)
  steward verify FILE                   integrity, audit-chain and tamper check
  steward lint FILE [--format text|json] [--today YYYY-MM-DD]
                                        the governance rules&apos; findings and scorecard
  steward demo FILE --size N [--seed S] synthetic inventory of about N rows (at least
                                        about 100), the same for the same N and S
  steward export FILE --format FORMAT [--object NAME] [-o OUT] [--excel]
                 [--today YYYY-MM-DD]   write the inventory in FORMAT to stdout or OUT
                                        (json: the whole inventory; policy-json: the
                                        policy config of seed 000; ics: every review due
                                        date as a recurring calendar event; markdown,
                                        html: every object, or the one --object names;
                                        csv: the one --object names, --excel with the
                                        byte-order mark Excel needs; claude-managed-
                                        settings [--managed-only], claude-managed-mcp:
                                        Claude Code&apos;s allow/deny-lists and server set
                                        from the approved connectors)
  steward import FILE --format json|policy-json [--actor NAME] INPUT
  steward import FILE --format csv --object NAME [--actor NAME] INPUT
                                        merge INPUT (- for stdin) into the inventory, all
                                        or nothing; the report on stdout
  steward reconcile FILE CONFIG... [--format text|json]
                                        the deployed Claude configuration (.mcp.json,
                                        managed-mcp.json, claude_desktop_config.json,
                                        managed-settings.json) against the inventory
  steward --help | --version

Options:
  --actor NAME   (new, demo, import) the name the audit trail records for the rows
                 written (default: $STEWARD_ACTOR, then the operating-system user)
  --object NAME  (export, import) policy, workspaces, connectors, skills, people,
                 raci, requests, incidents, reviews; audit (export --format csv)

Exit status: 0 success, 1 the check found problems (lint: errors), 2 usage, input or
I/O error. reconcile exits as lint does: 1 when a difference is an error.
Errors are printed to stderr as &quot;steward: FILE: message&quot;; import and reconcile name
the place in their input: &quot;steward: INPUT:LINE:COLUMN: message&quot;.
</source>
        <translation>Usage&#xa0;: steward [FILE]
       steward COMMAND [ARGS]

Tient la gouvernance d&apos;un déploiement d&apos;agents d&apos;IA (politique, espaces de travail,
connecteurs, compétences, RACI, cadences de revue) dans un seul fichier d&apos;inventaire local.

  steward [FILE]                        ouvrir l&apos;éditeur (l&apos;inventaire d&apos;exemple à défaut)
  steward new FILE [--template seed|empty|sample]
                                        créer un inventaire (par défaut&#xa0;: seed)
  steward verify FILE                   intégrité, chaîne d&apos;audit et détection d&apos;altérations
  steward lint FILE [--format text|json] [--today YYYY-MM-DD]
                                        constats et bilan de conformité de la gouvernance
  steward demo FILE --size N [--seed S] inventaire synthétique d&apos;environ N lignes (au moins
                                        100 environ), le même pour les mêmes N et S
  steward export FILE --format FORMAT [--object NAME] [-o OUT] [--excel]
                 [--today YYYY-MM-DD]   écrire l&apos;inventaire en FORMAT sur stdout ou dans OUT
                                        (json&#xa0;: tout l&apos;inventaire&#xa0;; policy-json&#xa0;: la
                                        configuration de politique de seed 000&#xa0;; ics&#xa0;:
                                        chaque échéance de revue en événement récurrent&#xa0;;
                                        markdown, html&#xa0;: chaque objet, ou celui de --object&#xa0;;
                                        csv&#xa0;: celui de --object, --excel avec la marque
                                        d&apos;ordre des octets requise par Excel&#xa0;; claude-managed-
                                        settings [--managed-only], claude-managed-mcp&#xa0;: les
                                        listes d&apos;autorisation/refus et les serveurs de Claude
                                        Code, tirés des connecteurs approuvés)
  steward import FILE --format json|policy-json [--actor NAME] INPUT
  steward import FILE --format csv --object NAME [--actor NAME] INPUT
                                        fusionner INPUT (- pour stdin) dans l&apos;inventaire, tout
                                        ou rien&#xa0;; le rapport sur stdout
  steward reconcile FILE CONFIG... [--format text|json]
                                        la configuration Claude déployée (.mcp.json,
                                        managed-mcp.json, claude_desktop_config.json,
                                        managed-settings.json) comparée à l&apos;inventaire
  steward --help | --version

Options&#xa0;:
  --actor NAME   (new, demo, import) nom enregistré par la piste d&apos;audit pour les
                 lignes écrites (par défaut&#xa0;: $STEWARD_ACTOR, puis l&apos;utilisateur de l&apos;OS)
  --object NAME  (export, import) policy, workspaces, connectors, skills, people,
                 raci, requests, incidents, reviews&#xa0;; audit (export --format csv)

Code de sortie&#xa0;: 0 succès, 1 le contrôle a trouvé des problèmes (lint&#xa0;: erreurs), 2 erreur
d&apos;usage, d&apos;entrée ou d&apos;E/S. reconcile sort comme lint&#xa0;: 1 quand un écart est une erreur.
Les erreurs sont écrites sur stderr sous la forme &quot;steward: FILE: message&quot;&#xa0;; import et
reconcile indiquent l&apos;endroit de leur entrée&#xa0;: &quot;steward: INPUT:LINE:COLUMN: message&quot;.
</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 ne prend aucun argument</translation>
    </message>
    <message>
        <source>steward: %1: not available in Steward %2 yet; see steward --help</source>
        <translation>steward: %1: pas encore disponible dans Steward %2&#xa0;; voir steward --help</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>the editor opens one file at a time: steward FILE</source>
        <translation>l&apos;éditeur ouvre un fichier à la fois&#xa0;: steward FILE</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>commande inconnue %1</translation>
    </message>
    <message>
        <source>Try &apos;steward --help&apos;.</source>
        <translation>Essayez «&#xa0;steward --help&#xa0;».</translation>
    </message>
    <message>
        <source>steward: %1: %2</source>
        <translation>steward: %1: %2</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation>--%1 est indiqué deux fois</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>--%1 doit être un nombre entier de 0 à %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 review events</source>
        <translation>%1 événements de revue</translation>
    </message>
    <message>
        <source>the inventory</source>
        <translation>l&apos;inventaire</translation>
    </message>
    <message>
        <source>the policy config</source>
        <translation>la configuration de politique</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 au format %2</translation>
    </message>
    <message>
        <source>the inventory as %1</source>
        <translation>l&apos;inventaire au format %1</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>the managed settings (allow-list entries: %1)</source>
        <translation>les paramètres gérés (entrées de la liste d&apos;autorisation&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the managed MCP configuration (servers: %1)</source>
        <translation>la configuration MCP gérée (serveurs&#xa0;: %1)</translation>
    </message>
    <message>
        <source>export needs --format FORMAT, one of %1</source>
        <translation>export nécessite --format FORMAT, parmi %1</translation>
    </message>
    <message>
        <source>--format is one of %1, not &quot;%2&quot;</source>
        <translation>--format vaut l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--object is one of %1, not &quot;%2&quot;</source>
        <translation>--object vaut l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--format %1 is not available yet</source>
        <translation>--format %1 n&apos;est pas encore disponible</translation>
    </message>
    <message>
        <source>--object does not apply to --format ics: the calendar holds every review</source>
        <translation>--object ne s&apos;applique pas à --format ics&#xa0;: le calendrier contient toutes les revues</translation>
    </message>
    <message>
        <source>--object does not apply to --format %1: it holds the whole inventory</source>
        <translation>--object ne s&apos;applique pas à --format %1&#xa0;: il contient tout l&apos;inventaire</translation>
    </message>
    <message>
        <source>--format csv needs --object NAME, one of %1: a CSV file holds one object</source>
        <translation>--format csv nécessite --object NAME, parmi %1&#xa0;: un fichier CSV contient un seul objet</translation>
    </message>
    <message>
        <source>--object audit is written with --format csv only</source>
        <translation>--object audit ne s&apos;écrit qu&apos;avec --format csv</translation>
    </message>
    <message>
        <source>--excel applies to --format csv only: it starts the file with the byte-order mark Excel needs to read UTF-8</source>
        <translation>--excel ne s&apos;applique qu&apos;à --format csv&#xa0;: il fait commencer le fichier par la marque d&apos;ordre des octets dont Excel a besoin pour lire l&apos;UTF-8</translation>
    </message>
    <message>
        <source>--managed-only applies to --format claude-managed-settings only: it adds allowManagedMcpServersOnly</source>
        <translation>--managed-only ne s&apos;applique qu&apos;à --format claude-managed-settings&#xa0;: il ajoute allowManagedMcpServersOnly</translation>
    </message>
    <message>
        <source>that is the inventory itself; the export would replace it</source>
        <translation>c&apos;est l&apos;inventaire lui-même&#xa0;; l&apos;export le remplacerait</translation>
    </message>
    <message>
        <source>steward: note: %1</source>
        <translation>steward: remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>impossible de lire stdin&#xa0;: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file to import</source>
        <translation>est un dossier, pas un fichier à importer</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>impossible de le lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB, more than any inventory; nothing was imported</source>
        <translation>dépasse %1 Mio, plus que n&apos;importe quel inventaire&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>missing FILE</source>
        <translation>FILE manquant</translation>
    </message>
    <message>
        <source>missing INPUT</source>
        <translation>INPUT manquant</translation>
    </message>
    <message>
        <source>FILE and INPUT must not be empty</source>
        <translation>FILE et INPUT ne doivent pas être vides</translation>
    </message>
    <message>
        <source>import needs --format FORMAT, one of %1</source>
        <translation>import nécessite --format FORMAT, parmi %1</translation>
    </message>
    <message>
        <source>--object does not apply to --format %1: the input says what it holds</source>
        <translation>--object ne s&apos;applique pas à --format %1&#xa0;: l&apos;entrée indique ce qu&apos;elle contient</translation>
    </message>
    <message>
        <source>--format %1 needs --object NAME, one of %2: a %1 file holds one object</source>
        <translation>--format %1 nécessite --object NAME, parmi %2&#xa0;: un fichier %1 contient un seul objet</translation>
    </message>
    <message>
        <source>--object audit cannot be imported: Steward writes the audit trail, one entry per change</source>
        <translation>--object audit ne peut pas être importé&#xa0;: Steward écrit lui-même la piste d&apos;audit, une entrée par modification</translation>
    </message>
    <message>
        <source>and %1 more errors not shown</source>
        <translation>et %1 autres erreurs non affichées</translation>
    </message>
    <message>
        <source>nothing was imported; the inventory is as it was</source>
        <translation>rien n&apos;a été importé&#xa0;; l&apos;inventaire est resté tel quel</translation>
    </message>
    <message>
        <source>missing CONFIG: name at least one Claude configuration file to compare</source>
        <translation>CONFIG manquant&#xa0;: nommez au moins un fichier de configuration Claude à comparer</translation>
    </message>
    <message>
        <source>FILE and CONFIG must not be empty</source>
        <translation>FILE et CONFIG ne doivent pas être vides</translation>
    </message>
    <message>
        <source>nothing was compared; no file was changed</source>
        <translation>rien n&apos;a été comparé&#xa0;; aucun fichier n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>steward::forum</name>
    <message>
        <source>Since the forum of %1</source>
        <translation>Depuis le forum du %1</translation>
    </message>
    <message>
        <source>No forum meeting is recorded: the last %1 days, since %2</source>
        <translation>Aucune réunion du forum n&apos;est enregistrée&#xa0;: les %1 derniers jours, depuis le %2</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Workspaces in use</source>
        <translation>Espaces de travail utilisés</translation>
    </message>
    <message>
        <source>In pilot</source>
        <translation>En pilote</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Service régulier</translation>
    </message>
    <message>
        <source>Active skills</source>
        <translation>Compétences actives</translation>
    </message>
    <message>
        <source>Connectors in use</source>
        <translation>Connecteurs utilisés</translation>
    </message>
    <message>
        <source>Pilots past graduation</source>
        <translation>Pilotes hors délai</translation>
    </message>
    <message>
        <source>Workspaces and seats by business function; archived workspaces left out</source>
        <translation>Espaces de travail et licences par fonction&#xa0;; espaces de travail archivés exclus</translation>
    </message>
    <message>
        <source>(no function)</source>
        <translation>(aucune fonction)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>No workspace is in use yet.</source>
        <translation>Aucun espace de travail n&apos;est encore utilisé.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Since the last forum</source>
        <translation>Depuis le dernier forum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Involves</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>No incident is open, and none occurred since the forum of %1.</source>
        <translation>Aucun incident n&apos;est ouvert, et aucun n&apos;est survenu depuis le forum du %1.</translation>
    </message>
    <message>
        <source>No incident is open, and none occurred in the last %1 days.</source>
        <translation>Aucun incident n&apos;est ouvert, et aucun n&apos;est survenu au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>New connector requests</source>
        <translation>Demandes de nouveaux connecteurs</translation>
    </message>
    <message>
        <source>New skill and workflow requests</source>
        <translation>Demandes de nouvelles compétences et de nouveaux processus</translation>
    </message>
    <message>
        <source>Open requests for new connectors and wider scopes, oldest first</source>
        <translation>Demandes ouvertes de nouveaux connecteurs et de portées élargies, les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Open requests for new skills and high-risk workflows, oldest first</source>
        <translation>Demandes ouvertes de nouvelles compétences et de processus à haut risque, les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (niveau %2)</translation>
    </message>
    <message>
        <source>No connector request is waiting for the forum.</source>
        <translation>Aucune demande de connecteur n&apos;attend le forum.</translation>
    </message>
    <message>
        <source>No skill or workflow request is waiting for the forum.</source>
        <translation>Aucune demande de compétence ou de processus n&apos;attend le forum.</translation>
    </message>
    <message>
        <source>As the acceptable-use policy states it (%1)</source>
        <translation>Tel que l&apos;énonce la politique d&apos;utilisation (%1)</translation>
    </message>
    <message>
        <source>As the acceptable-use policy %1 states it (%2)</source>
        <translation>Tel que l&apos;énonce la politique d&apos;utilisation %1 (%2)</translation>
    </message>
    <message>
        <source>The policy states no training-opt-out posture yet.</source>
        <translation>La politique n&apos;énonce encore aucune position sur le refus de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>The policy states no retention posture yet.</source>
        <translation>La politique n&apos;énonce encore aucune position sur la conservation.</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Revues en retard</translation>
    </message>
    <message>
        <source>Overdue first, then those due soon, by due date</source>
        <translation>En retard d&apos;abord, puis bientôt à échéance, par date d&apos;échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt à échéance</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Every review is up to date: nothing is overdue or due soon.</source>
        <translation>Toutes les revues sont à jour&#xa0;: rien n&apos;est en retard ni bientôt à échéance.</translation>
    </message>
    <message>
        <source>Connector inventory changes</source>
        <translation>Modifications de l&apos;inventaire des connecteurs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lecture-écriture</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>No connector was added, changed or removed since the forum of %1.</source>
        <translation>Aucun connecteur n&apos;a été ajouté, modifié ou supprimé depuis le forum du %1.</translation>
    </message>
    <message>
        <source>No connector was added, changed or removed in the last %1 days.</source>
        <translation>Aucun connecteur n&apos;a été ajouté, modifié ou supprimé au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>R responsible · A accountable · C consulted · I informed</source>
        <translation>R réalise · A approuve · C consulté · I informé</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>The RACI matrix is empty.</source>
        <translation>La matrice RACI est vide.</translation>
    </message>
    <message>
        <source>Training-opt-out posture</source>
        <translation>Position sur le refus de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Retention posture</source>
        <translation>Position sur la conservation</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Politique d&apos;utilisation</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>Inventory settings</source>
        <translation>Paramètres de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Governance object</source>
        <translation>Objet de gouvernance</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Forum meeting</source>
        <translation>Réunion du forum</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Governance forum, %1</source>
        <translation>Forum de gouvernance, %1</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>No attendee was recorded.</source>
        <translation>Aucun participant n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decision was taken.</source>
        <translation>Aucune décision n&apos;a été prise.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Décideurs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format: d day, MMMM the month&apos;s name, yyyy the year (&quot;3 November 2026&quot;; German &quot;d. MMMM yyyy&quot;).</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format with the month&apos;s short name: &quot;3 Nov 2026&quot; (German &quot;d. MMM yyyy&quot;).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>steward::ics</name>
    <message>
        <source>Status on %1: never reviewed, due now</source>
        <translation>État au %1&#xa0;: jamais revu, à échéance maintenant</translation>
    </message>
    <message>
        <source>Status on %1: OVERDUE (was due %2)</source>
        <translation>État au %1&#xa0;: EN RETARD (échéance le %2)</translation>
    </message>
    <message>
        <source>Status on %1: due soon</source>
        <translation>État au %1&#xa0;: bientôt à échéance</translation>
    </message>
    <message>
        <source>Status on %1: not due yet</source>
        <translation>État au %1&#xa0;: pas encore à échéance</translation>
    </message>
    <message>
        <source>Steward reviews: %1</source>
        <translation>Revues Steward&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owner: nobody yet (name one in Steward)</source>
        <translation>Propriétaire&#xa0;: personne pour l&apos;instant (désignez-en un dans Steward)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owner: %1 &lt;%2&gt;</source>
        <translation>Propriétaire&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>Cadence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last reviewed: never</source>
        <translation>Dernière revue&#xa0;: jamais</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation>Dernière revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last reviewed: %1 by %2</source>
        <translation>Dernière revue&#xa0;: %1 par %2</translation>
    </message>
    <message>
        <source>Where it lives: %1</source>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>From the Steward inventory %1.</source>
        <translation>Issu de l&apos;inventaire Steward %1.</translation>
    </message>
    <message>
        <source>Review: %1 “%2”</source>
        <translation>Revue&#xa0;: %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Steward review</source>
        <translation>Revue Steward</translation>
    </message>
</context>
<context>
    <name>steward::rules</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Tous les %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is at least tier %2 (%3): a tier can be raised, never lowered below its floor.</source>
        <translation>«&#xa0;%1&#xa0;» est au moins de niveau %2 (%3)&#xa0;: un niveau peut être relevé, jamais abaissé sous son plancher.</translation>
    </message>
    <message>
        <source>it writes to a system</source>
        <translation>il écrit dans un système</translation>
    </message>
    <message>
        <source>it touches sensitive data</source>
        <translation>il touche des données sensibles</translation>
    </message>
    <message>
        <source>data can leave the organisation</source>
        <translation>des données peuvent quitter l&apos;organisation</translation>
    </message>
    <message>
        <source>it only reads internal data</source>
        <translation>il ne lit que des données internes</translation>
    </message>
    <message>
        <source>“%1” is a tier-3 connector: tier 3 needs dual review, so two people decide.</source>
        <translation>«&#xa0;%1&#xa0;» est un connecteur de niveau 3&#xa0;: le niveau 3 exige une double revue, donc deux personnes décident.</translation>
    </message>
    <message>
        <source>One person of the forum records the decision.</source>
        <translation>Une personne du forum consigne la décision.</translation>
    </message>
    <message>
        <source>Governance object</source>
        <translation>Objet de gouvernance</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
</context>
<context>
    <name>steward::ui</name>
    <message>
        <source>Cannot save the sample inventory at %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;inventaire d&apos;exemple dans %1.</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Cannot prepare the sample inventory: %1</source>
        <translation>Impossible de préparer l&apos;inventaire d&apos;exemple&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::About</name>
    <message>
        <source>&lt;p&gt;%1 is at schema version %2; this Steward writes version %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 est à la version de schéma %2&#xa0;; ce Steward écrit la version %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No inventory is open; this Steward writes schema version %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun inventaire n&apos;est ouvert&#xa0;; ce Steward écrit la version de schéma %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;The governance of an AI-agent rollout — policy, workspaces, connectors, skills — in one local file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;La gouvernance d&apos;un déploiement d&apos;agents d&apos;IA — politique, espaces de travail, connecteurs, compétences — dans un seul fichier local.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). Steward comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Distribué sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later). Steward est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %1, exécuté avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>steward::ui::AgendaSlide</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::ApprovePolicyDialog</name>
    <message>
        <source>Approve the policy</source>
        <translation>Approuver la politique</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approving records this version with its content as it is now. The history keeps it unchanged; later edits make a draft of the next version.</source>
        <translation>L&apos;approbation enregistre cette version avec son contenu actuel. L&apos;historique la conserve telle quelle&#xa0;; les modifications ultérieures constituent un brouillon de la version suivante.</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Approuvée &amp;par</translation>
    </message>
    <message>
        <source>Approved &amp;on</source>
        <translation>Approuvée &amp;le</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Entrée en vigueur le</translation>
    </message>
    <message>
        <source>Give the version a number.</source>
        <translation>Donnez un numéro à la version.</translation>
    </message>
    <message>
        <source>Version %1 was approved before; use a new number.</source>
        <translation>La version %1 a déjà été approuvée&#xa0;; utilisez un nouveau numéro.</translation>
    </message>
    <message>
        <source>The people directory is empty: add the approver on the People page first.</source>
        <translation>L&apos;annuaire des personnes est vide&#xa0;: ajoutez d&apos;abord l&apos;approbateur sur la page Personnes.</translation>
    </message>
    <message>
        <source>Choose who approved it.</source>
        <translation>Choisissez qui l&apos;a approuvée.</translation>
    </message>
    <message>
        <source>The policy cannot take effect before it is approved.</source>
        <translation>La politique ne peut pas entrer en vigueur avant d&apos;être approuvée.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CadenceEditor</name>
    <message>
        <source>Review cadence</source>
        <translation>Cadence de revue</translation>
    </message>
    <message>
        <source>Days between reviews</source>
        <translation>Jours entre deux revues</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>every </source>
        <translation>tous les </translation>
    </message>
</context>
<context>
    <name>steward::ui::ChangesSection</name>
    <message>
        <source>Changes since the last forum</source>
        <translation>Modifications depuis le dernier forum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Since the forum of %1</source>
        <translation>Depuis le forum du %1</translation>
    </message>
    <message>
        <source>No forum meeting is recorded: the last %1 days, since %2</source>
        <translation>Aucune réunion du forum n&apos;est enregistrée&#xa0;: les %1 derniers jours, depuis le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s) changed.</source>
        <translation>
            <numerusform>%1&#xa0;: %n objet modifié.</numerusform>
            <numerusform>%1&#xa0;: %n objets modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are listed.</source>
        <translation>Les %1 plus récents sont listés.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>Afficher les chiffres sous forme de tableau</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Afficher %1 sous forme de tableau</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, sous forme de tableau</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Afficher le graphique</translation>
    </message>
</context>
<context>
    <name>steward::ui::ConnectorForm</name>
    <message>
        <source>Connector details</source>
        <translation>Détails du connecteur</translation>
    </message>
    <message>
        <source>The system it reaches, e.g. GitHub</source>
        <translation>Le système qu&apos;il atteint, p. ex. GitHub</translation>
    </message>
    <message>
        <source>Can send data outside the organisation</source>
        <translation>Peut envoyer des données hors de l&apos;organisation</translation>
    </message>
    <message>
        <source>e.g. npx</source>
        <translation>p. ex. npx</translation>
    </message>
    <message>
        <source>Arguments, quoted as in a shell</source>
        <translation>Arguments, entre guillemets comme dans un shell</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>&amp;Accès</translation>
    </message>
    <message>
        <source>OAuth &amp;scopes</source>
        <translation>&amp;Portées OAuth</translation>
    </message>
    <message>
        <source>Data se&amp;nsitivity</source>
        <translation>Sensi&amp;bilité des données</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Risk &amp;tier</source>
        <translation>N&amp;iveau de risque</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Pr&amp;opriétaire</translation>
    </message>
    <message>
        <source>Approval stat&amp;us</source>
        <translation>S&amp;tatut d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Approuvé pa&amp;r</translation>
    </message>
    <message>
        <source>Approved o&amp;n</source>
        <translation>Approuvé &amp;le</translation>
    </message>
    <message>
        <source>MCP t&amp;ransport</source>
        <translation>Transport &amp;MCP</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>Ar&amp;guments</source>
        <translation>Ar&amp;guments</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>Ca&amp;dence de revue</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>Dernière re&amp;vue</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>A connector needs a name.</source>
        <translation>Un connecteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Not a web address: use the form https://host/path.</source>
        <translation>Ce n&apos;est pas une adresse web&#xa0;: utilisez la forme https://hôte/chemin.</translation>
    </message>
    <message>
        <source>A %1 connector with %2 data%3 is at least tier %4; a tier can be raised, never lowered below that.</source>
        <translation>Un connecteur en %1 avec des données «&#xa0;%2&#xa0;»%3 est au moins de niveau %4&#xa0;; un niveau peut être relevé, jamais abaissé en dessous.</translation>
    </message>
    <message>
        <source> that can leave the organisation</source>
        <translation> qui peuvent quitter l&apos;organisation</translation>
    </message>
    <message>
        <source>Edit connector “%1”</source>
        <translation>Modifier le connecteur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>steward::ui::ConnectorTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>OAuth scopes</source>
        <translation>Portées OAuth</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
</context>
<context>
    <name>steward::ui::ConnectorsPage</name>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Filter connectors</source>
        <translation>Filtrer les connecteurs</translation>
    </message>
    <message>
        <source>Filter connectors…</source>
        <translation>Filtrer les connecteurs…</translation>
    </message>
    <message>
        <source>Connector not added</source>
        <translation>Connecteur non ajouté</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>Nouveau connecteur</translation>
    </message>
    <message>
        <source>Add connector “%1”</source>
        <translation>Ajouter le connecteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate connector as “%1”</source>
        <translation>Dupliquer le connecteur sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>workspaces: %1</source>
        <translation>espaces de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>compétences&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n revue enregistrée</numerusform>
            <numerusform>%n revues enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is used by %2.

Deleting it removes those links; undo brings them back.</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé (%2).

Le supprimer retire ces liens&#xa0;; la commande Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Supprimer le connecteur</translation>
    </message>
    <message>
        <source>Delete connector “%1”</source>
        <translation>Supprimer le connecteur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Connector not deleted</source>
        <translation>Connecteur non supprimé</translation>
    </message>
</context>
<context>
    <name>steward::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Governance objects</source>
        <translation>Objets de gouvernance</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Governance scorecard</source>
        <translation>Bilan de conformité de la gouvernance</translation>
    </message>
    <message>
        <source>The share of the rules&apos; checks that pass, per family of rules. Information findings count as passed.</source>
        <translation>La part des contrôles des règles qui réussissent, par famille de règles. Les constats d&apos;information comptent comme réussis.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Show the findings</source>
        <translation>&amp;Afficher les constats</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Changed since the last forum</source>
        <translation>Modifié depuis le dernier forum</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <source>nothing to check</source>
        <translation>rien à contrôler</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <translation>%1 contrôles réussis sur %2</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>%1%, %2</source>
        <translation>%1&#xa0;%, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info finding(s)</source>
        <translation>
            <numerusform>%n constat d&apos;information</numerusform>
            <numerusform>%n constats d&apos;information</numerusform>
        </translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Aucun inventaire n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Contrôle de %1…</translation>
    </message>
    <message>
        <source>Cannot check the inventory: %1</source>
        <translation>Impossible de contrôler l&apos;inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 keeps %2% of the governance rules&apos; checks.</source>
        <translation>%1 réussit %2&#xa0;% des contrôles des règles de gouvernance.</translation>
    </message>
</context>
<context>
    <name>steward::ui::DecisionDialog</name>
    <message>
        <source>Approve request</source>
        <translation>Approuver la demande</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <source>%1 · connector %2, tier %3</source>
        <translation>%1 · connecteur %2, niveau %3</translation>
    </message>
    <message>
        <source>%1 · skill %2</source>
        <translation>%1 · compétence %2</translation>
    </message>
    <message>
        <source>Conditions, scope, who follows up</source>
        <translation>Conditions, périmètre, qui assure le suivi</translation>
    </message>
    <message>
        <source>Why, and what instead</source>
        <translation>Pourquoi, et quoi à la place</translation>
    </message>
    <message>
        <source>&amp;Deciders</source>
        <translation>&amp;Décideurs</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Décidée &amp;le</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Personne n&apos;a encore été choisi.</translation>
    </message>
    <message>
        <source>Decided by %1.</source>
        <translation>Décidée par %1.</translation>
    </message>
    <message>
        <source>Nobody can decide: add the forum&apos;s members to the people directory first.</source>
        <translation>Personne ne peut décider&#xa0;: ajoutez d&apos;abord les membres du forum à l&apos;annuaire des personnes.</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n more decider(s).</source>
        <translation>
            <numerusform>Choisissez encore %n décideur.</numerusform>
            <numerusform>Choisissez encore %n décideurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Request to decide</source>
        <translation>Demande à trancher</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Note de décision</translation>
    </message>
    <message>
        <source>Note for the record (optional)</source>
        <translation>Note pour le compte rendu (facultative)</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>De&amp;mande</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Décideurs</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>%1 decides</source>
        <translation>%1 décide</translation>
    </message>
    <message>
        <source>No request is chosen.</source>
        <translation>Aucune demande n&apos;est choisie.</translation>
    </message>
    <message>
        <source>The inventory is open read-only: decisions cannot be recorded.</source>
        <translation>L&apos;inventaire est ouvert en lecture seule&#xa0;: les décisions ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Record the meeting on the first slide to decide.</source>
        <translation>Enregistrez la réunion sur la première diapositive pour décider.</translation>
    </message>
    <message numerus="yes">
        <source>Tick %n decider(s) among the attendees.</source>
        <translation>
            <numerusform>Cochez %n décideur parmi les participants.</numerusform>
            <numerusform>Cochez %n décideurs parmi les participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n decider(s).</source>
        <translation>
            <numerusform>Prêt&#xa0;: %n décideur.</numerusform>
            <numerusform>Prêt&#xa0;: %n décideurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why the request is made</source>
        <translation>Motif de la demande</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucun motif n&apos;a été donné.</translation>
    </message>
</context>
<context>
    <name>steward::ui::DifferenceModel</name>
    <message>
        <source>the inventory</source>
        <translation>l&apos;inventaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show it on the Connectors page</source>
        <translation>Double-cliquez ou appuyez sur Enter pour l&apos;afficher sur la page Connecteurs</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Deployed server</source>
        <translation>Serveur déployé</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Not in the inventory</source>
        <translation>Absent de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Deployed, not approved</source>
        <translation>Déployé, non approuvé</translation>
    </message>
    <message>
        <source>Runs another server</source>
        <translation>Exécute un autre serveur</translation>
    </message>
    <message>
        <source>Approved, blocked</source>
        <translation>Approuvé, bloqué</translation>
    </message>
    <message>
        <source>Allows an unknown server</source>
        <translation>Autorise un serveur inconnu</translation>
    </message>
    <message>
        <source>Approved, not deployed</source>
        <translation>Approuvé, non déployé</translation>
    </message>
</context>
<context>
    <name>steward::ui::ExchangeController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Open an inventory first: a file is imported into one.</source>
        <translation>Ouvrez d&apos;abord un inventaire&#xa0;: un fichier est importé dans un inventaire.</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be imported into it.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>CSV and JSON files (*.csv *.json);;All files (*)</source>
        <translation>Fichiers CSV et JSON (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Drop one file at a time: each import is checked and undone on its own.</source>
        <translation>Déposez un seul fichier à la fois&#xa0;: chaque import est contrôlé et annulé séparément.</translation>
    </message>
    <message>
        <source>%1 is not a file Steward imports: drop a CSV or JSON file, or a .steward inventory to open it.</source>
        <translation>%1 n&apos;est pas un fichier que Steward importe&#xa0;: déposez un fichier CSV ou JSON, ou un inventaire .steward pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ExchangeJob</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
</context>
<context>
    <name>steward::ui::Export</name>
    <message>
        <source>JSON — the whole inventory, to keep or import elsewhere</source>
        <translation>JSON — tout l&apos;inventaire, à conserver ou à importer ailleurs</translation>
    </message>
    <message>
        <source>Policy config JSON — connectors, review tiers, prohibited uses, audit fields</source>
        <translation>JSON de configuration de politique — connecteurs, niveaux de revue, usages interdits, champs d&apos;audit</translation>
    </message>
    <message>
        <source>Markdown — tables for Confluence, Notion, GitHub</source>
        <translation>Markdown — tableaux pour Confluence, Notion, GitHub</translation>
    </message>
    <message>
        <source>HTML — a document to print or copy tables from</source>
        <translation>HTML — un document à imprimer ou dont copier les tableaux</translation>
    </message>
    <message>
        <source>CSV — one object, for spreadsheets</source>
        <translation>CSV — un objet, pour les tableurs</translation>
    </message>
    <message>
        <source>Calendar (ICS) — every review due date</source>
        <translation>Calendrier (ICS) — chaque échéance de revue</translation>
    </message>
    <message>
        <source>Claude Code managed settings — allow- and deny-lists of MCP servers</source>
        <translation>Paramètres gérés Claude Code — listes d&apos;autorisation et de refus de serveurs MCP</translation>
    </message>
    <message>
        <source>Claude Code managed MCP — the fixed set of approved servers</source>
        <translation>MCP géré Claude Code — le jeu fixe de serveurs approuvés</translation>
    </message>
    <message>
        <source>the inventory as JSON</source>
        <translation>l&apos;inventaire en JSON</translation>
    </message>
    <message>
        <source>the policy config</source>
        <translation>la configuration de politique</translation>
    </message>
    <message>
        <source>the review calendar</source>
        <translation>le calendrier des revues</translation>
    </message>
    <message>
        <source>the Claude Code managed settings</source>
        <translation>les paramètres gérés Claude Code</translation>
    </message>
    <message>
        <source>the Claude Code managed MCP servers</source>
        <translation>les serveurs MCP gérés Claude Code</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 au format %2</translation>
    </message>
    <message>
        <source>the inventory as %1</source>
        <translation>l&apos;inventaire au format %1</translation>
    </message>
    <message>
        <source>Deploy it in Claude Code&apos;s managed folder, where users cannot change it: /etc/claude-code/ on Linux and WSL, /Library/Application Support/ClaudeCode/ on macOS, C:\Program Files\ClaudeCode\ on Windows (by MDM, a configuration-management tool or a package).</source>
        <translation>Déployez-le dans le dossier géré de Claude Code, où les utilisateurs ne peuvent pas le modifier&#xa0;: /etc/claude-code/ sous Linux et WSL, /Library/Application Support/ClaudeCode/ sous macOS, C:\Program Files\ClaudeCode\ sous Windows (par MDM, un outil de gestion de configuration ou un paquet).</translation>
    </message>
    <message>
        <source>If the managed-settings.json you deploy holds other settings, merge these members into it rather than replacing it.</source>
        <translation>Si le managed-settings.json que vous déployez contient d&apos;autres paramètres, fusionnez-y ces membres plutôt que de le remplacer.</translation>
    </message>
    <message>
        <source>Then compare what is deployed on the Reconcile page.</source>
        <translation>Comparez ensuite ce qui est déployé sur la page Rapprochement.</translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>Impossible de lire l&apos;inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::ExportDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Start with a byte-order mark, for &amp;Excel</source>
        <translation>Commencer par une marque d&apos;ordre des octets, pour &amp;Excel</translation>
    </message>
    <message>
        <source>&amp;Managed servers only: users cannot add servers to the allow-list</source>
        <translation>&amp;Serveurs gérés uniquement&#xa0;: les utilisateurs ne peuvent pas ajouter de serveurs à la liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Excel needs the mark to read UTF-8 (without it “Müller” shows as “MÃ¼ller”).
LibreOffice reads either (choose UTF-8 when it asks); scripts want the file without it.</source>
        <translation>Excel a besoin de la marque pour lire l&apos;UTF-8 (sans elle, «&#xa0;Müller&#xa0;» s&apos;affiche «&#xa0;MÃ¼ller&#xa0;»).
LibreOffice lit les deux (choisissez UTF-8 quand il le demande)&#xa0;; les scripts veulent le fichier sans elle.</translation>
    </message>
    <message>
        <source>Adds &quot;allowManagedMcpServersOnly&quot;: true: only the allow-list written here counts, whatever users put in their own settings.</source>
        <translation>Ajoute &quot;allowManagedMcpServersOnly&quot;: true&#xa0;: seule compte la liste d&apos;autorisation écrite ici, quoi que les utilisateurs mettent dans leurs propres paramètres.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport d&apos;export</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>Enregistrer &amp;dans</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Every object</source>
        <translation>Tous les objets</translation>
    </message>
    <message>
        <source>The connectors whose approval is current</source>
        <translation>Les connecteurs dont l&apos;approbation est en vigueur</translation>
    </message>
    <message>
        <source>The whole inventory</source>
        <translation>Tout l&apos;inventaire</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>That is the inventory itself: the export would replace it. Choose another file.</source>
        <translation>C&apos;est l&apos;inventaire lui-même&#xa0;: l&apos;export le remplacerait. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file in it.</source>
        <translation>%1 est un dossier. Choisissez un fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>Remplacer %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the export?</source>
        <translation>%1 existe déjà. Le remplacer par l&apos;export&#xa0;?</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>L&apos;export a été annulé&#xa0;; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté vers %2.</translation>
    </message>
    <message>
        <source>allow-list entries: %1</source>
        <translation>entrées de la liste d&apos;autorisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>servers: %1</source>
        <translation>serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 écrit (%2).</translation>
    </message>
    <message>
        <source>Before you deploy it:</source>
        <translation>Avant de le déployer&#xa0;:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>Cons&amp;tats</translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation>Afficher les constats</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Afficher les avertissements</translation>
    </message>
    <message>
        <source>Show information</source>
        <translation>Afficher les informations</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Filtrer les constats…</translation>
    </message>
    <message>
        <source>No errors or warnings</source>
        <translation>Aucune erreur ni aucun avertissement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Constats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non contrôlé</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Infos (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Affichés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Aucun inventaire n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Impossible de contrôler %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking the inventory…</source>
        <translation>Contrôle de l&apos;inventaire…</translation>
    </message>
    <message>
        <source>No findings: the inventory keeps every rule.</source>
        <translation>Aucun constat&#xa0;: l&apos;inventaire respecte toutes les règles.</translation>
    </message>
    <message>
        <source>No finding matches the filters.</source>
        <translation>Aucun constat ne correspond aux filtres.</translation>
    </message>
</context>
<context>
    <name>steward::ui::FindingsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to it</source>
        <translation>Double-cliquez ou appuyez sur Enter pour y accéder</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Governance object</source>
        <translation>Objet de gouvernance</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
</context>
<context>
    <name>steward::ui::FormHelpers</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumCommands</name>
    <message>
        <source>Approve “%1”</source>
        <translation>Approuver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Rejeter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Record the forum of %1</source>
        <translation>Enregistrer le forum du %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumForm</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumMode</name>
    <message>
        <source>Mark the governance objects reviewed by the forum</source>
        <translation>Marquer les objets de gouvernance comme revus par le forum</translation>
    </message>
    <message>
        <source>The meeting is no longer recorded.</source>
        <translation>La réunion n&apos;est plus enregistrée.</translation>
    </message>
    <message>
        <source>Change the forum meeting</source>
        <translation>Modifier la réunion du forum</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Governance forum minutes</source>
        <translation>Compte rendu du forum de gouvernance</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumModeWindow</name>
    <message>
        <source>Steward — Forum Mode</source>
        <translation>Steward — Mode forum</translation>
    </message>
    <message>
        <source>The policy and the three inventories are marked reviewed on %1.</source>
        <translation>La politique et les trois inventaires sont marqués comme revus le %1.</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Compte rendu écrit dans %1</translation>
    </message>
    <message>
        <source>Tick at least one attendee.</source>
        <translation>Cochez au moins un participant.</translation>
    </message>
    <message>
        <source>Record the meeting on the first slide first.</source>
        <translation>Enregistrez d&apos;abord la réunion sur la première diapositive.</translation>
    </message>
    <message>
        <source>Write the Minutes</source>
        <translation>Rédiger le compte rendu</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Minutes written: %1 and %2</source>
        <translation>Compte rendu écrit&#xa0;: %1 et %2</translation>
    </message>
    <message>
        <source>%1 / %2   ·   %3        → next   ← previous   Esc leaves   Ctrl+plus / minus: type size</source>
        <translation>%1 / %2   ·   %3        → suivante   ← précédente   Esc pour quitter   Ctrl+plus / moins&#xa0;: taille du texte</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumPage</name>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::GovernanceDialog</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>https://… (the Confluence or Notion page)</source>
        <translation>https://… (la page Confluence ou Notion)</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Who answers for the %1, where it lives and how often it is reviewed. Recording a review is done with Mark reviewed, which keeps who reviewed it and when.</source>
        <translation>Qui répond de cet objet (%1), où il se trouve et à quelle fréquence il est revu. Une revue s&apos;enregistre avec Marquer comme revu, qui conserve qui l&apos;a revu et quand.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Propriétaire</translation>
    </message>
    <message>
        <source>&amp;Where it lives</source>
        <translation>&amp;Emplacement</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>C&amp;adence de revue</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>&amp;Dernière revue</translation>
    </message>
    <message>
        <source>Where it lives is a web address: use the form https://host/path.</source>
        <translation>L&apos;emplacement est une adresse web&#xa0;: utilisez la forme https://hôte/chemin.</translation>
    </message>
    <message>
        <source>The last review took place today or earlier.</source>
        <translation>La dernière revue a eu lieu aujourd&apos;hui ou avant.</translation>
    </message>
    <message>
        <source>Edit %1 details</source>
        <translation>Modifier les détails&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::GovernanceSection</name>
    <message>
        <source>Governance objects</source>
        <translation>Objets de gouvernance</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the %1 details</source>
        <translation>Modifier les détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mark reviewed…</source>
        <translation>Marquer comme revu…</translation>
    </message>
    <message>
        <source>Mark the %1 reviewed</source>
        <translation>Marquer comme revu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No owner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun propriétaire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>where it lives is not recorded</source>
        <translation>emplacement non renseigné</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>jamais revu</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>prochaine le %1</translation>
    </message>
    <message>
        <source>%1 review, %2</source>
        <translation>Revue&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>steward::ui::Import</name>
    <message>
        <source>%1 is a folder, not a file to import.</source>
        <translation>%1 est un dossier, pas un fichier à importer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, more than any inventory.</source>
        <translation>%1 dépasse %2 Mio, plus que n&apos;importe quel inventaire.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>First of them</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV from line %1 on: %2</source>
        <translation>Le fichier ne peut pas être lu en CSV à partir de la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file holds no header row: it is empty.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête&#xa0;: il est vide.</translation>
    </message>
    <message>
        <source>Steward inventory (JSON)</source>
        <translation>Inventaire Steward (JSON)</translation>
    </message>
    <message>
        <source>Policy config (JSON)</source>
        <translation>Configuration de la politique (JSON)</translation>
    </message>
    <message>
        <source>One object (CSV)</source>
        <translation>Un type d&apos;objet (CSV)</translation>
    </message>
    <message>
        <source>The file is not a JSON object: the report says where it goes wrong.</source>
        <translation>Le fichier n&apos;est pas un objet JSON&#xa0;: le rapport indique où il est incorrect.</translation>
    </message>
    <message>
        <source>Its columns match none of Steward&apos;s objects: choose what the file holds to check it.</source>
        <translation>Ses colonnes ne correspondent à aucun objet de Steward&#xa0;: choisissez ce que contient le fichier pour le contrôler.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>record %1, field %2</source>
        <translation>enregistrement %1, champ %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::ImportDialog</name>
    <message>
        <source>added %1, updated %2, unchanged %3</source>
        <translation>ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importer dans %1</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Erreurs et avertissements</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>&amp;Preview — the first rows</source>
        <translation>&amp;Aperçu — les premières lignes</translation>
    </message>
    <message>
        <source>&amp;Report — what importing does</source>
        <translation>&amp;Rapport — ce que fait l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>CSV and JSON files (*.csv *.json);;All files (*)</source>
        <translation>Fichiers CSV et JSON (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking %1 against the inventory…</source>
        <translation>Contrôle de %1 par rapport à l&apos;inventaire…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Contrôle de %1…</translation>
    </message>
    <message>
        <source>The check was cancelled. Choose the file again to check it.</source>
        <translation>Le contrôle a été annulé. Choisissez à nouveau le fichier pour le contrôler.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Imported %1: %2; warnings: %3.</source>
        <translation>%1 importé&#xa0;: %2&#xa0;; avertissements&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Imported %1: it matched the inventory, nothing changed.</source>
        <translation>%1 importé&#xa0;: il correspondait à l&apos;inventaire, rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The import was cancelled; the inventory is as it was.</source>
        <translation>L&apos;import a été annulé&#xa0;; l&apos;inventaire est inchangé.</translation>
    </message>
    <message>
        <source>Choose a CSV or JSON file to import.</source>
        <translation>Choisissez un fichier CSV ou JSON à importer.</translation>
    </message>
    <message>
        <source>Steward does not know %1; their values are ignored.</source>
        <translation>Steward ne connaît pas %1&#xa0;; leurs valeurs sont ignorées.</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(aucune trouvée)</translation>
    </message>
    <message>
        <source>Steward does not know this column; its values are ignored.</source>
        <translation>Steward ne connaît pas cette colonne&#xa0;; ses valeurs sont ignorées.</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… et %1 autres erreurs</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>… et %1 autres avertissements</translation>
    </message>
    <message>
        <source>Nothing can be imported; the inventory is as it was.</source>
        <translation>Rien ne peut être importé&#xa0;; l&apos;inventaire est inchangé.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is (errors: %1, each with its line and column below). Nothing was changed; correct the file and choose it again.</source>
        <translation>Le fichier ne peut pas être importé tel quel (erreurs&#xa0;: %1, chacune avec sa ligne et sa colonne ci-dessous). Rien n&apos;a été modifié&#xa0;; corrigez le fichier et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose what the file holds.</source>
        <translation>Choisissez ce que contient le fichier.</translation>
    </message>
    <message>
        <source>If imported: %1; warnings: %2.</source>
        <translation>En cas d&apos;import&#xa0;: %1&#xa0;; avertissements&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>steward::ui::IncidentForm</name>
    <message>
        <source>Incident details</source>
        <translation>Détails de l&apos;incident</translation>
    </message>
    <message>
        <source>connectors</source>
        <translation>connecteurs</translation>
    </message>
    <message>
        <source>workspaces</source>
        <translation>espaces de travail</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>Signalé &amp;par</translation>
    </message>
    <message>
        <source>&amp;Occurred on</source>
        <translation>Survenu &amp;le</translation>
    </message>
    <message>
        <source>R&amp;esolved on</source>
        <translation>Résol&amp;u le</translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation>&amp;Connecteurs</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Espaces de travail</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Su&amp;ivis</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>Un incident doit avoir un titre.</translation>
    </message>
    <message>
        <source>An incident cannot be resolved (%1) before it occurred (%2).</source>
        <translation>Un incident ne peut pas être résolu (%1) avant d&apos;être survenu (%2).</translation>
    </message>
    <message>
        <source>Edit incident “%1”</source>
        <translation>Modifier l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>steward::ui::IncidentTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Résolu le</translation>
    </message>
</context>
<context>
    <name>steward::ui::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Filter by title, severity, status, connector or workspace</source>
        <translation>Filtrer par titre, gravité, statut, connecteur ou espace de travail</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Ajouter un incident</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate incident</source>
        <translation>Dupliquer l&apos;incident</translation>
    </message>
    <message>
        <source>Delete incident “%1”</source>
        <translation>Supprimer l&apos;incident «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>steward::ui::InventoryPage</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::InventorySection</name>
    <message>
        <source>overdue reviews</source>
        <translation>revues en retard</translation>
    </message>
    <message>
        <source>reviews due soon</source>
        <translation>revues bientôt à échéance</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>demandes ouvertes</translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation>incidents ouverts</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>licences</translation>
    </message>
    <message>
        <source>Connectors by tier and access</source>
        <translation>Connecteurs par niveau et accès</translation>
    </message>
    <message>
        <source>Workspaces by status and phase</source>
        <translation>Espaces de travail par statut et phase</translation>
    </message>
    <message>
        <source>Skills by status</source>
        <translation>Compétences par statut</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Niveau 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Pilot past graduation</source>
        <translation>Pilote hors délai</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Service régulier</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>steward::ui::LinksEditor</name>
    <message>
        <source>Filter %1…</source>
        <translation>Filtrer les %1…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer les %1</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <translation>Liens vers des %1</translation>
    </message>
    <message>
        <source>No %1 linked.</source>
        <translation>Aucun lien vers des %1.</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 autres</translation>
    </message>
    <message>
        <source>Linked (%1): %2</source>
        <translation>Liens (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Mark Reviewed…</source>
        <translation>&amp;Marquer comme revu…</translation>
    </message>
    <message>
        <source>&amp;Copy as Table</source>
        <translation>Copier comme &amp;tableau</translation>
    </message>
    <message>
        <source>Select the rows to copy first.</source>
        <translation>Sélectionnez d&apos;abord les lignes à copier.</translation>
    </message>
    <message>
        <source>Copied %1 rows as a table (HTML and Markdown).</source>
        <translation>%1 lignes copiées sous forme de tableau (HTML et Markdown).</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <source>F&amp;orum Mode</source>
        <translation>Mode &amp;forum</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>À &amp;propos de Steward</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>À propos de Steward</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Aucun inventaire n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Open an inventory…</source>
        <translation>Ouvrir un inventaire…</translation>
    </message>
    <message>
        <source>Open the sample inventory</source>
        <translation>Ouvrir l&apos;inventaire d&apos;exemple</translation>
    </message>
    <message>
        <source>Cannot prepare the sample inventory: %1</source>
        <translation>Impossible de préparer l&apos;inventaire d&apos;exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Fichier en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>File not writable</source>
        <translation>Fichier protégé en écriture</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>New inventory</source>
        <translation>Nouvel inventaire</translation>
    </message>
    <message>
        <source>Steward inventories (*.steward)</source>
        <translation>Inventaires Steward (*.steward)</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Open inventory</source>
        <translation>Ouvrir un inventaire</translation>
    </message>
    <message>
        <source>Steward inventories (*.steward);;All files (*)</source>
        <translation>Inventaires Steward (*.steward);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>%1 (read-only) — Steward</source>
        <translation>%1 (lecture seule) — Steward</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Chaque modification est enregistrée au fur et à mesure</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>Impossible d&apos;afficher %1</translation>
    </message>
    <message>
        <source>%1: reviews to do</source>
        <translation>%1&#xa0;: revues à faire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 workspaces · %2 connectors · %3 skills · %4 people</source>
        <translation>%1 espaces de travail · %2 connecteurs · %3 compétences · %4 personnes</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>steward::ui::MarkReviewedDialog</name>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme revu</translation>
    </message>
    <message>
        <source>last reviewed on %1</source>
        <translation>dernière revue le %1</translation>
    </message>
    <message>
        <source>never reviewed yet</source>
        <translation>jamais revu</translation>
    </message>
    <message>
        <source>last reviewed on %1 by %2</source>
        <translation>dernière revue le %1 par %2</translation>
    </message>
    <message>
        <source>%1 · reviewed %2 · %3</source>
        <translation>%1 · revue %2 · %3</translation>
    </message>
    <message>
        <source>What was checked, what changed, what follows up</source>
        <translation>Ce qui a été contrôlé, ce qui a changé, ce qui donne lieu à un suivi</translation>
    </message>
    <message>
        <source>Reviewed &amp;by</source>
        <translation>Revu &amp;par</translation>
    </message>
    <message>
        <source>Reviewed &amp;on</source>
        <translation>Revu &amp;le</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marquer comme revu</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>A later review (%1) is recorded already: this one goes into the history, and the next review stays due on %2.</source>
        <translation>Une revue plus récente (%1) est déjà enregistrée&#xa0;: celle-ci rejoint l&apos;historique, et la prochaine revue reste à échéance le %2.</translation>
    </message>
    <message>
        <source>The next review will be due on %1.</source>
        <translation>La prochaine revue sera à échéance le %1.</translation>
    </message>
    <message>
        <source>Choose who reviewed it: add them with New person….</source>
        <translation>Choisissez qui a fait la revue&#xa0;: ajoutez cette personne avec Nouvelle personne….</translation>
    </message>
    <message>
        <source>Choose who reviewed it.</source>
        <translation>Choisissez qui a fait la revue.</translation>
    </message>
</context>
<context>
    <name>steward::ui::MeetingSlide</name>
    <message>
        <source>Governance forum</source>
        <translation>Forum de gouvernance</translation>
    </message>
    <message>
        <source>Who is here today? The deciders of the requests are picked from the attendees.</source>
        <translation>Qui est présent aujourd&apos;hui&#xa0;? Les décideurs des demandes sont choisis parmi les participants.</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Participants</translation>
    </message>
    <message numerus="yes">
        <source>The meeting of %1 is recorded with %n attendee(s).</source>
        <translation>
            <numerusform>La réunion du %1 est enregistrée avec %n participant.</numerusform>
            <numerusform>La réunion du %1 est enregistrée avec %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded yet: tick who attends, then record the meeting.</source>
        <translation>Pas encore enregistrée&#xa0;: cochez les participants, puis enregistrez la réunion.</translation>
    </message>
    <message>
        <source>&amp;Update the meeting</source>
        <translation>&amp;Mettre à jour la réunion</translation>
    </message>
    <message>
        <source>&amp;Record the meeting</source>
        <translation>&amp;Enregistrer la réunion</translation>
    </message>
</context>
<context>
    <name>steward::ui::MinutesSlide</name>
    <message>
        <source>Mark the governance objects &amp;reviewed</source>
        <translation>Marquer les objets de gouvernance comme &amp;revus</translation>
    </message>
    <message>
        <source>&amp;Write the minutes…</source>
        <translation>Rédiger le &amp;compte rendu…</translation>
    </message>
    <message>
        <source>Decisions and minutes</source>
        <translation>Décisions et compte rendu</translation>
    </message>
    <message>
        <source>No decision was taken at this meeting.</source>
        <translation>Aucune décision n&apos;a été prise lors de cette réunion.</translation>
    </message>
    <message>
        <source>The meeting is not recorded yet (first slide).</source>
        <translation>La réunion n&apos;est pas encore enregistrée (première diapositive).</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revu par</translation>
    </message>
    <message>
        <source>Records a review of the policy and the three inventories, dated the meeting&apos;s day</source>
        <translation>Enregistre une revue de la politique et des trois inventaires, datée du jour de la réunion</translation>
    </message>
    <message>
        <source>Re&amp;viewed by</source>
        <translation>Re&amp;vu par</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
</context>
<context>
    <name>steward::ui::NewPerson</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Name of the new person:</source>
        <translation>Nom de la nouvelle personne&#xa0;:</translation>
    </message>
    <message>
        <source>Add person “%1”</source>
        <translation>Ajouter la personne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>steward::ui::PeoplePage</name>
    <message>
        <source>This person is no longer in the directory.</source>
        <translation>Cette personne n&apos;est plus dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Rename person</source>
        <translation>Renommer la personne</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>Modifier l&apos;e-mail</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le poste</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Modifier l&apos;équipe</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Filter by name, title, team or email</source>
        <translation>Filtrer par nom, poste, équipe ou e-mail</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a person named “%1”.</source>
        <translation>Une personne nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This is not an email address; write it as name@example.com.</source>
        <translation>Ce n&apos;est pas une adresse e-mail&#xa0;; écrivez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>Person not added</source>
        <translation>Personne non ajoutée</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate person</source>
        <translation>Dupliquer la personne</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Person not deleted</source>
        <translation>Personne non supprimée</translation>
    </message>
</context>
<context>
    <name>steward::ui::PersonComboBox</name>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
</context>
<context>
    <name>steward::ui::PersonForm</name>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>steward::ui::PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyCommands</name>
    <message>
        <source>Approve policy version %1</source>
        <translation>Approuver la version %1 de la politique</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyDetailsForm</name>
    <message>
        <source>Policy details</source>
        <translation>Détails de la politique</translation>
    </message>
    <message>
        <source>e.g. 1.3</source>
        <translation>p. ex. 1.3</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Appr&amp;ouver…</translation>
    </message>
    <message>
        <source>Approve the policy</source>
        <translation>Approuver la politique</translation>
    </message>
    <message>
        <source>Record the forum&apos;s approval of this version; the history keeps it unchanged.</source>
        <translation>Enregistrer l&apos;approbation de cette version par le forum&#xa0;; l&apos;historique la conserve telle quelle.</translation>
    </message>
    <message>
        <source>https://… (the Confluence or Notion page)</source>
        <translation>https://… (la page Confluence ou Notion)</translation>
    </message>
    <message>
        <source>Is training on your prompts and outputs off, and who checks it?</source>
        <translation>L&apos;entraînement sur vos prompts et résultats est-il désactivé, et qui le vérifie&#xa0;?</translation>
    </message>
    <message>
        <source>How long conversations, memory and audit entries are kept</source>
        <translation>Durée de conservation des conversations, de la mémoire et des entrées d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Propriétaire</translation>
    </message>
    <message>
        <source>&amp;Where it lives</source>
        <translation>&amp;Emplacement</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>Cade&amp;nce de revue</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>Dern&amp;ière revue</translation>
    </message>
    <message>
        <source>Training o&amp;pt-out</source>
        <translation>Re&amp;fus de l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Conservation</translation>
    </message>
    <message>
        <source>Change policy owner</source>
        <translation>Modifier le propriétaire de la politique</translation>
    </message>
    <message>
        <source>Change policy review cadence</source>
        <translation>Modifier la cadence de revue de la politique</translation>
    </message>
    <message>
        <source>Change policy last review</source>
        <translation>Modifier la dernière revue de la politique</translation>
    </message>
    <message>
        <source>The policy needs a title.</source>
        <translation>La politique doit avoir un titre.</translation>
    </message>
    <message>
        <source>Edit policy title</source>
        <translation>Modifier le titre de la politique</translation>
    </message>
    <message>
        <source>Edit policy version</source>
        <translation>Modifier la version de la politique</translation>
    </message>
    <message>
        <source>Not a web address: use the form https://host/path.</source>
        <translation>Ce n&apos;est pas une adresse web&#xa0;: utilisez la forme https://hôte/chemin.</translation>
    </message>
    <message>
        <source>Edit where the policy lives</source>
        <translation>Modifier l&apos;emplacement de la politique</translation>
    </message>
    <message>
        <source>Edit training opt-out posture</source>
        <translation>Modifier la position sur le refus de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Edit retention posture</source>
        <translation>Modifier la position sur la conservation</translation>
    </message>
    <message>
        <source>someone no longer in the directory</source>
        <translation>une personne qui n&apos;est plus dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Approved by %1 on %2, in effect from %3.</source>
        <translation>Approuvée par %1 le %2, en vigueur à partir du %3.</translation>
    </message>
    <message>
        <source>Draft, never approved. Approve it once the forum has agreed to it.</source>
        <translation>Brouillon, jamais approuvé. Approuvez-le une fois que le forum l&apos;a accepté.</translation>
    </message>
    <message>
        <source>Draft with changes since version %1, approved on %2. Approve it as a new version once the forum has agreed.</source>
        <translation>Brouillon modifié depuis la version %1, approuvée le %2. Approuvez-le comme nouvelle version une fois que le forum l&apos;a accepté.</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyHistoryView</name>
    <message>
        <source>Approved versions</source>
        <translation>Versions approuvées</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvée le</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Entrée en vigueur le</translation>
    </message>
    <message>
        <source>The selected version as approved</source>
        <translation>La version sélectionnée telle qu&apos;approuvée</translation>
    </message>
    <message>
        <source>No version has been approved yet. Approving the policy (on the Details tab) records it here, frozen as it was approved.</source>
        <translation>Aucune version n&apos;a encore été approuvée. Approuver la politique (onglet Détails) l&apos;enregistre ici, figée telle qu&apos;elle a été approuvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved version(s), newest first. Select one to read it as it was approved.</source>
        <translation>
            <numerusform>%n version approuvée, la plus récente en premier. Sélectionnez-en une pour la lire telle qu&apos;elle a été approuvée.</numerusform>
            <numerusform>%n versions approuvées, la plus récente en premier. Sélectionnez-en une pour la lire telle qu&apos;elle a été approuvée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text of version %1 cannot be read back.</source>
        <translation>Le texte de la version %1 ne peut pas être relu.</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyPage</name>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>The policy as readers see it</source>
        <translation>La politique telle que la voient les lecteurs</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Rout&amp;ing</source>
        <translation>Ai&amp;guillage</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>The policy was not approved</source>
        <translation>La politique n&apos;a pas été approuvée</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyRulesForm</name>
    <message>
        <source>Policy rules</source>
        <translation>Règles de la politique</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>prohibited use</source>
        <translation>usage interdit</translation>
    </message>
    <message>
        <source>audit field</source>
        <translation>champ d&apos;audit</translation>
    </message>
    <message>
        <source>Who may use the agent (&amp;groups)</source>
        <translation>Qui peut utiliser l&apos;agent (gr&amp;oupes)</translation>
    </message>
    <message>
        <source>Groups that may use the agent</source>
        <translation>Groupes autorisés à utiliser l&apos;agent</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Classes de données</translation>
    </message>
    <message>
        <source>&amp;Prohibited uses</source>
        <translation>&amp;Usages interdits</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Usages interdits</translation>
    </message>
    <message>
        <source>Review tiers</source>
        <translation>Niveaux de revue</translation>
    </message>
    <message>
        <source>&amp;Audit log fields</source>
        <translation>&amp;Champs du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit log fields</source>
        <translation>Champs du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Use of %1 data</source>
        <translation>Usage des données (%1)</translation>
    </message>
    <message>
        <source>Condition (for conditional use)</source>
        <translation>Condition (pour un usage conditionnel)</translation>
    </message>
    <message>
        <source>Condition for %1 data</source>
        <translation>Condition pour les données (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>When tier %1 applies</source>
        <translation>Quand le niveau %1 s&apos;applique</translation>
    </message>
    <message>
        <source>Control of tier %1</source>
        <translation>Contrôle du niveau %1</translation>
    </message>
    <message>
        <source>e.g. internal, nothing leaves</source>
        <translation>p. ex. interne, rien ne sort</translation>
    </message>
    <message>
        <source>e.g. spot-check</source>
        <translation>p. ex. contrôle ponctuel</translation>
    </message>
    <message>
        <source>e.g. sensitive data or a system write</source>
        <translation>p. ex. données sensibles ou écriture dans un système</translation>
    </message>
    <message>
        <source>e.g. dual review and an audit-log entry</source>
        <translation>p. ex. double revue et une entrée au journal d&apos;audit</translation>
    </message>
    <message>
        <source>An entry cannot be empty; remove it instead (Delete).</source>
        <translation>Une entrée ne peut pas être vide&#xa0;; retirez-la plutôt (Delete).</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>“%1” is not a field name: use letters, digits and _ . - (e.g. output_hash).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de champ&#xa0;: utilisez des lettres, des chiffres et _ . - (p. ex. output_hash).</translation>
    </message>
    <message>
        <source>Edit allowed groups</source>
        <translation>Modifier les groupes autorisés</translation>
    </message>
    <message>
        <source>Edit prohibited uses</source>
        <translation>Modifier les usages interdits</translation>
    </message>
    <message>
        <source>Edit audit log fields</source>
        <translation>Modifier les champs du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Edit %1 data rule</source>
        <translation>Modifier la règle des données (%1)</translation>
    </message>
    <message>
        <source>Edit review tier %1</source>
        <translation>Modifier le niveau de revue %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicySectionsEditor</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Delete the selected section</source>
        <translation>Supprimer la section sélectionnée</translation>
    </message>
    <message>
        <source>Move the section up (Ctrl+Up)</source>
        <translation>Monter la section (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the section down (Ctrl+Down)</source>
        <translation>Descendre la section (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Section text (Markdown)</source>
        <translation>Texte de la section (Markdown)</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>Écrivez en Markdown&#xa0;: **gras**, *italique*, - listes, [liens](https://…)</translation>
    </message>
    <message>
        <source>Section as it reads</source>
        <translation>Rendu de la section</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Te&amp;xt (Markdown) and how it reads</source>
        <translation>Te&amp;xte (Markdown) et son rendu</translation>
    </message>
    <message>
        <source>The policy has no free sections yet. Add one for anything the lists do not say: who may use the agent and how, exceptions, where to ask.</source>
        <translation>La politique n&apos;a pas encore de section libre. Ajoutez-en une pour tout ce que les listes ne disent pas&#xa0;: qui peut utiliser l&apos;agent et comment, les exceptions, à qui s&apos;adresser.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation>Une section doit avoir un titre.</translation>
    </message>
    <message>
        <source>Edit section title</source>
        <translation>Modifier le titre de la section</translation>
    </message>
    <message>
        <source>Edit section “%1”</source>
        <translation>Modifier la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>New section %1</source>
        <translation>Nouvelle section %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Delete the section “%1” and its text? Edit › Undo brings it back.</source>
        <translation>Supprimer la section «&#xa0;%1&#xa0;» et son texte&#xa0;? Édition › Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Delete section “%1”</source>
        <translation>Supprimer la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
</context>
<context>
    <name>steward::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Yours, on this computer</source>
        <translation>Vos préférences, sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your name in the audit trail</source>
        <translation>Votre nom dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Your &amp;name in the audit trail</source>
        <translation>Votre &amp;nom dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Recorded with every change you make. Left empty, Steward records %1.</source>
        <translation>Enregistré avec chacune de vos modifications. S&apos;il est laissé vide, Steward enregistre %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A new language takes effect when Steward starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Steward.</translation>
    </message>
    <message>
        <source>Text size in forum mode</source>
        <translation>Taille du texte en mode forum</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>&amp;Text size in forum mode</source>
        <translation>&amp;Taille du texte en mode forum</translation>
    </message>
    <message>
        <source>Remind me of due reviews in the system tray</source>
        <translation>Me rappeler les revues à échéance dans la zone de notification</translation>
    </message>
    <message>
        <source>This inventory: %1</source>
        <translation>Cet inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>This inventory</source>
        <translation>Cet inventaire</translation>
    </message>
    <message>
        <source>Reviews are due soon within this many days</source>
        <translation>Nombre de jours sous lequel une revue est bientôt à échéance</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews are due &amp;soon within</source>
        <translation>Revues &amp;bientôt à échéance sous</translation>
    </message>
    <message>
        <source>Pilots graduate within this many weeks</source>
        <translation>Nombre de semaines sous lequel un pilote passe en service régulier</translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pilots graduate within</source>
        <translation>Les &amp;pilotes passent en service régulier sous</translation>
    </message>
    <message>
        <source>Open an inventory to change its review settings.</source>
        <translation>Ouvrez un inventaire pour modifier ses paramètres de revue.</translation>
    </message>
    <message>
        <source>The inventory is open read-only: its review settings cannot be changed.</source>
        <translation>L&apos;inventaire est ouvert en lecture seule&#xa0;: ses paramètres de revue ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Kept in the inventory, not on this computer: they apply to everyone who uses the file, to steward lint and to the calendar export. The Reviews page shows them too; Edit › Undo takes a change back.</source>
        <translation>Conservés dans l&apos;inventaire, pas sur cet ordinateur&#xa0;: ils s&apos;appliquent à toute personne qui utilise le fichier, à steward lint et à l&apos;export du calendrier. La page Revues les affiche aussi&#xa0;; Édition › Annuler revient sur une modification.</translation>
    </message>
    <message>
        <source>Change the review settings</source>
        <translation>Modifier les paramètres de revue</translation>
    </message>
    <message>
        <source>Cannot change the review settings</source>
        <translation>Impossible de modifier les paramètres de revue</translation>
    </message>
</context>
<context>
    <name>steward::ui::RaciDetailsPanel</name>
    <message>
        <source>Activity name</source>
        <translation>Nom de l&apos;activité</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>People who hold the role</source>
        <translation>Personnes qui tiennent le rôle</translation>
    </message>
    <message>
        <source>Add people on the People page to bind them to roles.</source>
        <translation>Ajoutez des personnes sur la page Personnes pour les associer à des rôles.</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ac&amp;tivité</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Held by</source>
        <translation>Ten&amp;u par</translation>
    </message>
    <message>
        <source>&lt;b&gt;R&lt;/b&gt; Responsible: does the work&lt;br&gt;&lt;b&gt;A&lt;/b&gt; Accountable: answers for it, exactly one per activity&lt;br&gt;&lt;b&gt;C&lt;/b&gt; Consulted&lt;br&gt;&lt;b&gt;I&lt;/b&gt; Informed</source>
        <translation>&lt;b&gt;R&lt;/b&gt; Réalise&#xa0;: fait le travail&lt;br&gt;&lt;b&gt;A&lt;/b&gt; Approuve&#xa0;: en répond, exactement un par activité&lt;br&gt;&lt;b&gt;C&lt;/b&gt; Consulté&lt;br&gt;&lt;b&gt;I&lt;/b&gt; Informé</translation>
    </message>
</context>
<context>
    <name>steward::ui::RaciPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Add an activity (Ctrl+Shift+N)</source>
        <translation>Ajouter une activité (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Delete the current activity</source>
        <translation>Supprimer l&apos;activité courante</translation>
    </message>
    <message>
        <source>Move the activity up (Ctrl+Up)</source>
        <translation>Monter l&apos;activité (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the activity down (Ctrl+Down)</source>
        <translation>Descendre l&apos;activité (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Delete the current role</source>
        <translation>Supprimer le rôle courant</translation>
    </message>
    <message>
        <source>Move the role left (Ctrl+Left)</source>
        <translation>Déplacer le rôle vers la gauche (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Move the role right (Ctrl+Right)</source>
        <translation>Déplacer le rôle vers la droite (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Lettres…</translation>
    </message>
    <message>
        <source>Choose the letters of the current cell (Enter)</source>
        <translation>Choisir les lettres de la cellule courante (Enter)</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>Activities down, roles across. R, A, C and I toggle a letter; Enter chooses from a menu.</source>
        <translation>Activités en lignes, rôles en colonnes. R, A, C et I ajoutent ou retirent une lettre&#xa0;; Enter permet de choisir dans un menu.</translation>
    </message>
    <message>
        <source>Activities and roles</source>
        <translation>Activités et rôles</translation>
    </message>
    <message>
        <source>&amp;R  Responsible</source>
        <translation>&amp;R  Réalise</translation>
    </message>
    <message>
        <source>&amp;A  Accountable</source>
        <translation>&amp;A  Approuve</translation>
    </message>
    <message>
        <source>&amp;C  Consulted</source>
        <translation>&amp;C  Consulté</translation>
    </message>
    <message>
        <source>&amp;I  Informed</source>
        <translation>&amp;I  Informé</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Add the activities the rollout needs and the roles that take part in them.</source>
        <translation>Ajoutez les activités dont le déploiement a besoin et les rôles qui y prennent part.</translation>
    </message>
    <message>
        <source>Every activity has exactly one A and at least one R.</source>
        <translation>Chaque activité a exactement un A et au moins un R.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n activity(s) break the RACI rules:</source>
        <translation>
            <numerusform>⚠ %n activité enfreint les règles RACI&#xa0;:</numerusform>
            <numerusform>⚠ %n activités enfreignent les règles RACI&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The RACI matrix was not changed</source>
        <translation>La matrice RACI n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>Marquer %1 pour %2</translation>
    </message>
    <message>
        <source>Unmark %1 %2</source>
        <translation>Retirer %1 pour %2</translation>
    </message>
    <message>
        <source>Clear RACI cell</source>
        <translation>Effacer la cellule RACI</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Delete the activity “%1” and its letters?</source>
        <translation>Supprimer l&apos;activité «&#xa0;%1&#xa0;» et ses lettres&#xa0;?</translation>
    </message>
    <message>
        <source>Delete activity “%1”</source>
        <translation>Supprimer l&apos;activité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Delete the role “%1” and its letters?</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;» et ses lettres&#xa0;?</translation>
    </message>
    <message>
        <source>Delete role “%1”</source>
        <translation>Supprimer le rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Déplacer l&apos;activité</translation>
    </message>
    <message>
        <source>Move role</source>
        <translation>Déplacer le rôle</translation>
    </message>
    <message>
        <source>An activity needs a name.</source>
        <translation>Une activité doit avoir un nom.</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>Un rôle doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already an activity named “%1”.</source>
        <translation>Une activité nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>There is already a role named “%1”.</source>
        <translation>Un rôle nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>Renommer l&apos;activité</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Renommer le rôle</translation>
    </message>
    <message>
        <source>Change who holds %1</source>
        <translation>Modifier qui tient le rôle %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::RaciTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Réalise</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Approuve</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>Non impliqué</translation>
    </message>
    <message>
        <source>%1 for “%2”: %3</source>
        <translation>%1 pour «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>not involved</source>
        <translation>non impliqué</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Personne ne tient encore ce rôle.</translation>
    </message>
    <message>
        <source>Held by %1.</source>
        <translation>Tenu par %1.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReconcilePage</name>
    <message>
        <source>is a folder, not a configuration file</source>
        <translation>est un dossier, pas un fichier de configuration</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>impossible de le lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>.mcp.json (a project&apos;s servers)</source>
        <translation>.mcp.json (les serveurs d&apos;un projet)</translation>
    </message>
    <message>
        <source>managed-mcp.json (the managed servers)</source>
        <translation>managed-mcp.json (les serveurs gérés)</translation>
    </message>
    <message>
        <source>claude_desktop_config.json (Claude Desktop)</source>
        <translation>claude_desktop_config.json (Claude Desktop)</translation>
    </message>
    <message>
        <source>managed-settings.json (allow- and deny-lists)</source>
        <translation>managed-settings.json (listes d&apos;autorisation et de refus)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>no servers</source>
        <translation>aucun serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s): %1</source>
        <translation>
            <numerusform>%n serveur&#xa0;: %1</numerusform>
            <numerusform>%n serveurs&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows %n entry(ies)</source>
        <translation>
            <numerusform>autorise %n entrée</numerusform>
            <numerusform>autorise %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>denies %n entry(ies)</source>
        <translation>
            <numerusform>refuse %n entrée</numerusform>
            <numerusform>refuse %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>managed servers only</source>
        <translation>serveurs gérés uniquement</translation>
    </message>
    <message>
        <source>no MCP servers and no lists</source>
        <translation>aucun serveur MCP et aucune liste</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Open Claude configuration files</source>
        <translation>Ouvrir des fichiers de configuration Claude</translation>
    </message>
    <message>
        <source>Claude configuration files (*.json);;All files (*)</source>
        <translation>Fichiers de configuration Claude (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Non comparé</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be compared and are left out; nothing was changed. Correct them and press Reload:</source>
        <translation>
            <numerusform>%n fichier ne peut pas être comparé et est écarté&#xa0;; rien n&apos;a été modifié. Corrigez-le et cliquez sur Recharger&#xa0;:</numerusform>
            <numerusform>%n fichiers ne peuvent pas être comparés et sont écartés&#xa0;; rien n&apos;a été modifié. Corrigez-les et cliquez sur Recharger&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(et %1 autres)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Infos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n écart</numerusform>
            <numerusform>%n écarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n difference(s) shown</source>
        <translation>
            <numerusform>Écarts affichés&#xa0;: %1 sur %n</numerusform>
            <numerusform>Écarts affichés&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the files can be compared: correct them (the list says where) and press Reload.</source>
        <translation>Aucun des fichiers ne peut être comparé&#xa0;: corrigez-les (la liste indique où) et cliquez sur Recharger.</translation>
    </message>
    <message>
        <source>No differences: what these files deploy and allow matches the inventory.</source>
        <translation>Aucun écart&#xa0;: ce que ces fichiers déploient et autorisent correspond à l&apos;inventaire.</translation>
    </message>
    <message>
        <source>No difference matches the filters.</source>
        <translation>Aucun écart ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>The inventory is open read-only.</source>
        <translation>L&apos;inventaire est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Adds the selected deployed server to the inventory as a requested connector, read-only and unapproved, for the forum to decide on.</source>
        <translation>Ajoute le serveur déployé sélectionné à l&apos;inventaire comme connecteur demandé, en lecture seule et non approuvé, pour que le forum en décide.</translation>
    </message>
    <message>
        <source>Select a difference to read it in full.</source>
        <translation>Sélectionnez un écart pour le lire en entier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Correction&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Double-click the row to show “%1” on the Connectors page.</source>
        <translation>&lt;br&gt;Double-cliquez sur la ligne pour afficher «&#xa0;%1&#xa0;» sur la page Connecteurs.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add “%1” as a requested connector</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» comme connecteur demandé</translation>
    </message>
    <message>
        <source>Connector not added</source>
        <translation>Connecteur non ajouté</translation>
    </message>
    <message>
        <source>“%1” is in the inventory now as a requested connector — read-only, not approved — for the forum to decide on. Edit › Undo takes it out again.</source>
        <translation>«&#xa0;%1&#xa0;» figure maintenant dans l&apos;inventaire comme connecteur demandé — en lecture seule, non approuvé — pour que le forum en décide. Édition › Annuler le retire à nouveau.</translation>
    </message>
    <message>
        <source>Compare what is deployed with the inventory</source>
        <translation>Comparer ce qui est déployé avec l&apos;inventaire</translation>
    </message>
    <message>
        <source>Open the Claude configuration files you deploy, or drop them on this page: a project&apos;s &lt;b&gt;.mcp.json&lt;/b&gt;, the administrator&apos;s &lt;b&gt;managed-mcp.json&lt;/b&gt; and &lt;b&gt;managed-settings.json&lt;/b&gt;, Claude Desktop&apos;s &lt;b&gt;claude_desktop_config.json&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Steward lists the servers they deploy that the inventory lacks, connectors deployed or allowed without a current approval, approved connectors deployed nowhere or blocked, and allow-list entries that match nothing. The files are only read.</source>
        <translation>Ouvrez les fichiers de configuration Claude que vous déployez, ou déposez-les sur cette page&#xa0;: le &lt;b&gt;.mcp.json&lt;/b&gt; d&apos;un projet, les &lt;b&gt;managed-mcp.json&lt;/b&gt; et &lt;b&gt;managed-settings.json&lt;/b&gt; de l&apos;administrateur, le &lt;b&gt;claude_desktop_config.json&lt;/b&gt; de Claude Desktop.&lt;br&gt;&lt;br&gt;Steward liste les serveurs qu&apos;ils déploient et qui manquent à l&apos;inventaire, les connecteurs déployés ou autorisés sans approbation en cours, les connecteurs approuvés déployés nulle part ou bloqués, et les entrées des listes d&apos;autorisation qui ne correspondent à rien. Les fichiers sont seulement lus.</translation>
    </message>
    <message>
        <source>&amp;Open Config Files…</source>
        <translation>&amp;Ouvrir des fichiers de configuration…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read every file again and compare</source>
        <translation>Relire tous les fichiers et comparer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Leave the selected files out of the comparison (they are not deleted)</source>
        <translation>Écarter de la comparaison les fichiers sélectionnés (ils ne sont pas supprimés)</translation>
    </message>
    <message>
        <source>Drop more files on the page to add them.</source>
        <translation>Déposez d&apos;autres fichiers sur la page pour les ajouter.</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Fichiers de configuration</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Afficher les avertissements</translation>
    </message>
    <message>
        <source>Show information</source>
        <translation>Afficher les informations</translation>
    </message>
    <message>
        <source>Filter differences</source>
        <translation>Filtrer les écarts</translation>
    </message>
    <message>
        <source>Filter differences…</source>
        <translation>Filtrer les écarts…</translation>
    </message>
    <message>
        <source>&amp;Add to Inventory as Requested</source>
        <translation>&amp;Ajouter à l&apos;inventaire comme demandé</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReminderBanner</name>
    <message>
        <source>%1 more</source>
        <translation>%1 autres</translation>
    </message>
    <message>
        <source>Overdue reviews (%1): %2.</source>
        <translation>Revues en retard (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Due within %1 days or never reviewed (%2): %3.</source>
        <translation>À échéance sous %1 jours ou jamais revus (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Pilots that never graduated (%1): %2.</source>
        <translation>Pilotes jamais passés en service régulier (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Show &amp;Reviews</source>
        <translation>Afficher les &amp;revues</translation>
    </message>
    <message>
        <source>Review reminders</source>
        <translation>Rappels de revue</translation>
    </message>
    <message>
        <source>Dismiss the reminders</source>
        <translation>Ignorer les rappels</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>steward::ui::RequestForm</name>
    <message>
        <source>Request details</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>Approuver la demande</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Requested &amp;by</source>
        <translation>Demandée &amp;par</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>Demandée &amp;le</translation>
    </message>
    <message>
        <source>Conne&amp;ctor</source>
        <translation>&amp;Connecteur</translation>
    </message>
    <message>
        <source>Sk&amp;ill</source>
        <translation>Co&amp;mpétence</translation>
    </message>
    <message>
        <source>D&amp;ecided on</source>
        <translation>Décidée l&amp;e</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <source>Decisio&amp;n</source>
        <translation>Décisio&amp;n</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidée</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>Une demande doit avoir un titre.</translation>
    </message>
    <message>
        <source>A request cannot be decided (%1) before it was made (%2).</source>
        <translation>Une demande ne peut pas être décidée (%1) avant d&apos;avoir été faite (%2).</translation>
    </message>
    <message>
        <source>Edit request “%1”</source>
        <translation>Modifier la demande «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>steward::ui::RequestTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
</context>
<context>
    <name>steward::ui::RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Filter by title, kind, status or requester</source>
        <translation>Filtrer par titre, type, statut ou demandeur</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Ajouter une demande</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>Dupliquer la demande</translation>
    </message>
    <message>
        <source>Delete request “%1”</source>
        <translation>Supprimer la demande «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewCommands</name>
    <message>
        <source>Mark “%1” reviewed</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme revu</translation>
    </message>
    <message>
        <source>Change when reviews are due soon</source>
        <translation>Modifier le délai «&#xa0;bientôt à échéance&#xa0;»</translation>
    </message>
    <message>
        <source>Change how long pilots may run</source>
        <translation>Modifier la durée maximale des pilotes</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewDetailsPanel</name>
    <message>
        <source>Review history</source>
        <translation>Historique des revues</translation>
    </message>
    <message>
        <source>No review recorded yet.</source>
        <translation>Aucune revue enregistrée.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Choose a row to see its reviews, or mark it reviewed.</source>
        <translation>Choisissez une ligne pour voir ses revues ou utiliser Marquer comme revu.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>aucun propriétaire</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3</source>
        <translation>%1 · %2 · revue %3</translation>
    </message>
    <message>
        <source>Never reviewed: the first review is due now.</source>
        <translation>Jamais revu&#xa0;: la première revue est à échéance maintenant.</translation>
    </message>
    <message>
        <source>Last reviewed on %1. Next review %2 (%3).</source>
        <translation>Dernière revue le %1. Prochaine revue&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>Last reviewed on %1 by %2. Next review %3 (%4).</source>
        <translation>Dernière revue le %1 par %2. Prochaine revue&#xa0;: %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Pilot never graduated: in pilot since %1, and pilots graduate within %n week(s). Make it active or archive it on the Workspaces page.</source>
        <translation>
            <numerusform>⚠ Pilote jamais passé en service régulier&#xa0;: en pilote depuis le %1, alors que les pilotes passent en service régulier sous %n semaine. Rendez-le actif ou archivez-le sur la page Espaces de travail.</numerusform>
            <numerusform>⚠ Pilote jamais passé en service régulier&#xa0;: en pilote depuis le %1, alors que les pilotes passent en service régulier sous %n semaines. Rendez-le actif ou archivez-le sur la page Espaces de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>(no longer in the directory)</source>
        <translation>(n&apos;est plus dans l&apos;annuaire)</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewTableModel</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Jamais revu</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Pas à échéance</translation>
    </message>
    <message>
        <source>%1 · Pilot never graduated</source>
        <translation>%1 · Pilote jamais passé en service régulier</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(aucun propriétaire)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Next review %1 (%2)</source>
        <translation>Prochaine revue&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>In pilot since %1: longer than pilots may run without graduating</source>
        <translation>En pilote depuis le %1&#xa0;: plus longtemps qu&apos;un pilote ne peut durer sans passer en service régulier</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revu par</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewsPage</name>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>&amp;Marquer comme revu…</translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation>Filtrer les revues</translation>
    </message>
    <message>
        <source>Filter by name, kind, owner, state…</source>
        <translation>Filtrer par nom, type, propriétaire, état…</translation>
    </message>
    <message>
        <source>Show the items of</source>
        <translation>Afficher les éléments de</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Propriétaire</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme revu</translation>
    </message>
    <message>
        <source>Record a review of the selected item (Enter)</source>
        <translation>Enregistrer une revue de l&apos;élément sélectionné (Enter)</translation>
    </message>
    <message>
        <source>Reviews by due date</source>
        <translation>Revues par échéance</translation>
    </message>
    <message>
        <source>Reviews are due soon within this many days</source>
        <translation>Nombre de jours sous lequel une revue est bientôt à échéance</translation>
    </message>
    <message>
        <source>Pilots graduate within this many weeks</source>
        <translation>Nombre de semaines sous lequel un pilote passe en service régulier</translation>
    </message>
    <message>
        <source>Review settings</source>
        <translation>Paramètres des revues</translation>
    </message>
    <message>
        <source>Due &amp;soon within</source>
        <translation>&amp;Bientôt à échéance sous</translation>
    </message>
    <message>
        <source>&amp;Pilots graduate within</source>
        <translation>Les pilotes passent en service &amp;régulier sous</translation>
    </message>
    <message>
        <source>Kept in the inventory: everyone who opens it, the reminders and steward lint use the same settings.</source>
        <translation>Conservés dans l&apos;inventaire&#xa0;: toute personne qui l&apos;ouvre, les rappels et steward lint utilisent les mêmes paramètres.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(aucun propriétaire)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n bientôt à échéance</numerusform>
            <numerusform>%n bientôt à échéance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s) never graduated</source>
        <translation>
            <numerusform>%n pilote jamais passé en service régulier</numerusform>
            <numerusform>%n pilotes jamais passés en service régulier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — showing %2 of %n item(s)</source>
        <translation>
            <numerusform>%1 — affichage de %2 sur %n élément</numerusform>
            <numerusform>%1 — affichage de %2 sur %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the review settings</source>
        <translation>Impossible de modifier les paramètres de revue</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::RoutingCalculator</name>
    <message>
        <source>Does it touch &amp;confidential or restricted data?</source>
        <translation>Touche-t-il à des données &amp;confidentielles ou restreintes&#xa0;?</translation>
    </message>
    <message>
        <source>Does it &amp;write to a system?</source>
        <translation>Écrit-il dans un s&amp;ystème&#xa0;?</translation>
    </message>
    <message>
        <source>Can data &amp;leave the organisation?</source>
        <translation>Des données peuvent-elles &amp;quitter l&apos;organisation&#xa0;?</translation>
    </message>
    <message>
        <source>Touches confidential or restricted data</source>
        <translation>Touche à des données confidentielles ou restreintes</translation>
    </message>
    <message>
        <source>Writes to a system</source>
        <translation>Écrit dans un système</translation>
    </message>
    <message>
        <source>Data can leave the organisation</source>
        <translation>Des données peuvent quitter l&apos;organisation</translation>
    </message>
    <message>
        <source>Answer for a new use of the agent — a connector, a skill, a scheduled task — to see which review it needs (the routing of seed 000).</source>
        <translation>Répondez pour un nouvel usage de l&apos;agent — un connecteur, une compétence, une tâche planifiée — pour voir de quelle revue il a besoin (l&apos;aiguillage du seed 000).</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Review it needs</source>
        <translation>Revue nécessaire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>The policy does not say when tier %1 applies.</source>
        <translation>La politique ne dit pas quand le niveau %1 s&apos;applique.</translation>
    </message>
    <message>
        <source>The policy states no control for tier %1: add it on the Rules tab.</source>
        <translation>La politique n&apos;indique aucun contrôle pour le niveau %1&#xa0;: ajoutez-le dans l&apos;onglet Règles.</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Niveau %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::ScopesEditor</name>
    <message>
        <source>Add scope…</source>
        <translation>Ajouter une portée…</translation>
    </message>
    <message>
        <source>Remove scope</source>
        <translation>Retirer la portée</translation>
    </message>
    <message>
        <source>OAuth scopes</source>
        <translation>Portées OAuth</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Add OAuth scope</source>
        <translation>Ajouter une portée OAuth</translation>
    </message>
    <message>
        <source>Remove OAuth scope</source>
        <translation>Retirer la portée OAuth</translation>
    </message>
    <message>
        <source>Mode of scope %1</source>
        <translation>Mode de la portée %1</translation>
    </message>
    <message>
        <source>Scope, exactly as in the OAuth scope parameter:</source>
        <translation>Portée, exactement comme dans le paramètre scope d&apos;OAuth&#xa0;:</translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillForm</name>
    <message>
        <source>Skill details</source>
        <translation>Détails de la compétence</translation>
    </message>
    <message>
        <source>What the skill is for, and when not</source>
        <translation>À quoi sert la compétence, et quand ne pas l&apos;utiliser</translation>
    </message>
    <message>
        <source>What it reads</source>
        <translation>Ce qu&apos;elle lit</translation>
    </message>
    <message>
        <source>What it produces</source>
        <translation>Ce qu&apos;elle produit</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>p. ex. 1.2</translation>
    </message>
    <message>
        <source>Has a SKILL.md</source>
        <translation>Possède un SKILL.md</translation>
    </message>
    <message>
        <source>https://…/SKILL.md</source>
        <translation>https://…/SKILL.md</translation>
    </message>
    <message>
        <source>connectors</source>
        <translation>connecteurs</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Intended use</source>
        <translation>Usage p&amp;révu</translation>
    </message>
    <message>
        <source>In&amp;puts</source>
        <translation>&amp;Entrées</translation>
    </message>
    <message>
        <source>O&amp;utputs</source>
        <translation>&amp;Sorties</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Propriétaire</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>SKILL.md</source>
        <translation>SKILL.md</translation>
    </message>
    <message>
        <source>SKILL.md &amp;URL</source>
        <translation>&amp;URL du SKILL.md</translation>
    </message>
    <message>
        <source>Verified after model &amp;update</source>
        <translation>Vérifiée après mise à jour du &amp;modèle</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>C&amp;adence de revue</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>&amp;Dernière revue</translation>
    </message>
    <message>
        <source>Linked &amp;connectors</source>
        <translation>&amp;Connecteurs liés</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>A skill needs a name.</source>
        <translation>Une compétence doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a skill named “%1”.</source>
        <translation>Une compétence nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Not a web address: use the form https://host/path/SKILL.md.</source>
        <translation>Ce n&apos;est pas une adresse web&#xa0;: utilisez la forme https://hôte/chemin/SKILL.md.</translation>
    </message>
    <message>
        <source>Edit skill “%1”</source>
        <translation>Modifier la compétence «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Usage prévu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>SKILL.md</source>
        <translation>SKILL.md</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillsPage</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Filtrer les compétences</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Filtrer les compétences…</translation>
    </message>
    <message>
        <source>Skill not added</source>
        <translation>Compétence non ajoutée</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <source>Add skill “%1”</source>
        <translation>Ajouter la compétence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate skill as “%1”</source>
        <translation>Dupliquer la compétence sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>workspaces: %1</source>
        <translation>espaces de travail&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n revue enregistrée</numerusform>
            <numerusform>%n revues enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is used by %2.

Deleting it removes those links; undo brings them back.</source>
        <translation>«&#xa0;%1&#xa0;» est utilisée (%2).

La supprimer retire ces liens&#xa0;; la commande Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Delete skill</source>
        <translation>Supprimer la compétence</translation>
    </message>
    <message>
        <source>Delete skill “%1”</source>
        <translation>Supprimer la compétence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Skill not deleted</source>
        <translation>Compétence non supprimée</translation>
    </message>
</context>
<context>
    <name>steward::ui::StringListEditor</name>
    <message>
        <source>Add %1 (Insert)</source>
        <translation>Ajouter un %1 (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected %1 (Delete)</source>
        <translation>Retirer le %1 sélectionné (Delete)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>steward::ui::TasksEditor</name>
    <message>
        <source>Add task…</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Retirer la tâche</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Tâches planifiées</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Add scheduled task</source>
        <translation>Ajouter une tâche planifiée</translation>
    </message>
    <message>
        <source>Remove scheduled task</source>
        <translation>Retirer la tâche planifiée</translation>
    </message>
    <message>
        <source>Task %1 active</source>
        <translation>Tâche %1 active</translation>
    </message>
    <message>
        <source>Owner of task %1</source>
        <translation>Propriétaire de la tâche %1</translation>
    </message>
    <message>
        <source>Name of the task:</source>
        <translation>Nom de la tâche&#xa0;:</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserGuideWindow</name>
    <message>
        <source>Steward User Guide</source>
        <translation>Guide de l&apos;utilisateur de Steward</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of Steward.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette version de Steward.</translation>
    </message>
</context>
<context>
    <name>steward::ui::WorkspaceForm</name>
    <message>
        <source>Workspace details</source>
        <translation>Détails de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>What the team uses the workspace for</source>
        <translation>À quoi l&apos;équipe utilise l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Business function, e.g. Finance</source>
        <translation>Fonction, p. ex. Finance</translation>
    </message>
    <message>
        <source>Which data the workspace holds</source>
        <translation>Quelles données l&apos;espace de travail contient</translation>
    </message>
    <message>
        <source>The workspace has a CLAUDE.md</source>
        <translation>L&apos;espace de travail a un CLAUDE.md</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>connectors</source>
        <translation>connecteurs</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>compétences</translation>
    </message>
    <message>
        <source>A pilot that runs past the graduation window set on the Reviews page is flagged as never graduated.</source>
        <translation>Un pilote qui dépasse le délai de passage en service régulier fixé sur la page Revues est signalé comme jamais passé en service régulier.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>O&amp;bjectif</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Pilot s&amp;ince</source>
        <translation>Pilote &amp;depuis</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Propriétaire</translation>
    </message>
    <message>
        <source>S&amp;ponsor</source>
        <translation>&amp;Sponsor</translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>&amp;Data class</source>
        <translation>&amp;Classe de données</translation>
    </message>
    <message>
        <source>Data desc&amp;ription</source>
        <translation>Descr&amp;iption des données</translation>
    </message>
    <message>
        <source>CLAUDE.md</source>
        <translation>CLAUDE.md</translation>
    </message>
    <message>
        <source>CLAUDE.md &amp;URL</source>
        <translation>&amp;URL du CLAUDE.md</translation>
    </message>
    <message>
        <source>Scheduled &amp;tasks</source>
        <translation>Tâc&amp;hes planifiées</translation>
    </message>
    <message>
        <source>Linked &amp;connectors</source>
        <translation>Connecteu&amp;rs liés</translation>
    </message>
    <message>
        <source>Linked s&amp;kills</source>
        <translation>Co&amp;mpétences liées</translation>
    </message>
    <message>
        <source>&amp;Memory checked</source>
        <translation>Mémoire &amp;vérifiée</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>C&amp;adence de revue</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>Dernièr&amp;e revue</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Un espace de travail doit avoir un nom.</translation>
    </message>
    <message>
        <source>Not a web address: use the form https://host/path.</source>
        <translation>Ce n&apos;est pas une adresse web&#xa0;: utilisez la forme https://hôte/chemin.</translation>
    </message>
    <message>
        <source>Seats are between 0 and %1.</source>
        <translation>Le nombre de licences est compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>A pilot starts today or earlier, not on %1.</source>
        <translation>Un pilote commence aujourd&apos;hui ou avant, pas le %1.</translation>
    </message>
    <message>
        <source>A scheduled task needs a name.</source>
        <translation>Une tâche planifiée doit avoir un nom.</translation>
    </message>
    <message>
        <source>Edit workspace “%1”</source>
        <translation>Modifier l&apos;espace de travail «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>steward::ui::WorkspaceTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Classe de données</translation>
    </message>
    <message>
        <source>CLAUDE.md</source>
        <translation>CLAUDE.md</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Cadence de revue</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
</context>
<context>
    <name>steward::ui::WorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Filter workspaces</source>
        <translation>Filtrer les espaces de travail</translation>
    </message>
    <message>
        <source>Filter workspaces…</source>
        <translation>Filtrer les espaces de travail…</translation>
    </message>
    <message>
        <source>Workspace not added</source>
        <translation>Espace de travail non ajouté</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Add workspace “%1”</source>
        <translation>Ajouter l&apos;espace de travail «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate workspace as “%1”</source>
        <translation>Dupliquer l&apos;espace de travail sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>scheduled tasks: %1</source>
        <translation>tâches planifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>links to connectors: %1</source>
        <translation>liens vers des connecteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>links to skills: %1</source>
        <translation>liens vers des compétences&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n revue enregistrée</numerusform>
            <numerusform>%n revues enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” with its %2?

Undo brings them back.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ce qui s&apos;y rattache (%2)&#xa0;?

La commande Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Supprimer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Delete workspace “%1”</source>
        <translation>Supprimer l&apos;espace de travail «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Workspace not deleted</source>
        <translation>Espace de travail non supprimé</translation>
    </message>
</context>
</TS>
