#pragma once

#include "conversations.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// Writing to a customer: text replies, approved templates and private notes, and the canned
/// responses and templates the composer offers.
///
/// queue() only inserts the message; the database checks it (24-hour customer service window,
/// approved template with the right parameters, at most 4,096 characters: migration 0007,
/// messages_check_outbound) and enqueues its send job in the same transaction. The workers of
/// `opsdeskd serve` (OutboundWorker) send it. The desktop client (under the person's role) and
/// the automation API (under opsdeskd's role, on behalf of an API key) both come through here.
namespace opsdesk::outbound {

/// What to send. Notes are private: stored in the thread, never sent.
struct Draft {
    enum class Kind { Text, Template, Note };
    QString conversationId;
    Kind kind = Kind::Text;
    QString text;             ///< Text and Note: the body
    QString templateName;     ///< Template: message_templates.name
    QString templateLanguage; ///< Template: e.g. en_US
    QStringList parameters;   ///< Template: body parameters {{1}}, {{2}}, …
    QString authorId;         ///< admin_users.id of the person; empty when opsdeskd sends (API)
    /// Who opsdeskd acts for, e.g. "api-key:odk_…": recorded as the audit trail's on_behalf_of
    /// (apikeys::actOnBehalfOf) by the same statement, so no explicit transaction is needed.
    QString onBehalfOf;
};

/// Why a draft was not queued.
enum class Refusal {
    None,
    WindowClosed,    ///< free text outside the 24-hour customer service window (SQLSTATE ODW01)
    TemplateInvalid, ///< unknown or unapproved template, wrong parameters (ODT01)
    Invalid,         ///< empty, over 4,096 characters, unknown conversation (ODM01, 23xxx)
    NotAllowed,      ///< the role may not send (42501: a manager, say)
};

/// The outcome of queue(): the stored message, or the refusal and the database's own words.
struct Queued {
    std::optional<conversations::Message> message;
    Refusal refusal = Refusal::None;
    QString error; ///< for people; empty when queued
};

/// Inserts @p draft (status queued, or a note) and returns it as the thread shows it. Refusals
/// come back in Queued; only a lost connection or an unexpected failure throws DatabaseError.
Queued queue(const QSqlDatabase &db, const Draft &draft);

/// An APPROVED template the composer offers (message_templates, kept by TemplateSync).
struct Template {
    QString name;
    QString language;
    QString category;
    QString header; ///< HEADER text, may be empty
    QString body;   ///< BODY text with {{n}} placeholders
    QString footer;
    int parameterCount = 0;
};
/// Approved templates OpsDesk can fill (body parameters only: no media header, header
/// variable or button value; opsdesk.template_sendable), by name and language.
QList<Template> fetchApprovedTemplates(const QSqlDatabase &db);
/// The text the customer would read for @p name/@p language with @p parameters (the same
/// rendering the database stores as the message body); empty when the template is unknown.
QString renderTemplate(const QSqlDatabase &db, const QString &name, const QString &language,
                       const QStringList &parameters);

/// Asks the running `opsdeskd serve` instances to sync templates from the Cloud API now
/// (opsdesk.request_template_sync(): a NOTIFY; TemplateSync answers it).
void requestTemplateSync(const QSqlDatabase &db);

/// A canned response: "/shortcut" in the composer expands to body.
struct CannedResponse {
    QString id;
    QString shortcut; ///< [a-z0-9][a-z0-9_-]{0,31}
    QString title;
    QString body;
};
QList<CannedResponse> fetchCannedResponses(const QSqlDatabase &db);
/// Inserts (empty id) or updates a canned response; returns its id. Invalid values and a
/// duplicate shortcut throw DatabaseError (23514 / 23505) with the database's message.
QString saveCannedResponse(const QSqlDatabase &db, const CannedResponse &response);
void deleteCannedResponse(const QSqlDatabase &db, const QString &id);

} // namespace opsdesk::outbound
