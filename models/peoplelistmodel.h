#pragma once

#include "liverows.h"
#include "people.h"
#include "sessionmodelbase.h"

#include <QHash>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

namespace opsdesk {

/// The People screen: everyone who signs in (opsdesk.admin_users), live, and what the signed-in
/// person may do to each of them.
///
/// Created in QML as `PeopleListModel { workspace: Workspace }`. Loads when the workspace has a
/// database and the signed-in person may manage people (admins); follows admin_users changes from
/// the change feed and reloads on Workspace::reloadRequested. The whole list is loaded at once:
/// one row per member of staff. Sorted by display name (locale-aware), then id; `filter`
/// narrows the rows shown (a query change, so a model reset).
///
/// The per-row can* roles mirror the rules the database enforces (services/people.h): an admin
/// manages support and manager accounts, only a super admin manages admins, nobody changes the
/// role of or deactivates themselves. They only decide what the UI offers; the database refuses
/// anything else anyway, and that refusal is reported like any other error.
///
/// Actions (invite, setRole, deactivate, reactivate, resetPassword) run asynchronously; each ends
/// with actionFinished(), and those that issue a password also with passwordIssued() — the only
/// time the temporary password is available. `busy` (SessionModelBase) is true while any of them
/// is in flight.
// Base spelled fully qualified: Qt 6.4 qmltyperegistrar does not resolve it otherwise.
class PeopleListModel : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
    /// Case-insensitive text matched against name, e-mail, sign-in name, role and status.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    /// Everyone loaded, before the filter.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    /// Of those, how many may sign in.
    Q_PROPERTY(int activeCount READ activeCount NOTIFY totalCountChanged)
    /// True once a load finished (so an empty list means nobody, not "not loaded yet").
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// Whether the signed-in person may invite people at all, and why not.
    Q_PROPERTY(bool canInvite READ canInvite NOTIFY permissionsChanged)
    Q_PROPERTY(QString inviteBlockedReason READ inviteBlockedReason NOTIFY permissionsChanged)
    /// The roles the signed-in person may give, least powerful first:
    /// [{value: "support", label: "Support", description: "Answers WhatsApp conversations."}, …].
    Q_PROPERTY(QVariantList assignableRoles READ assignableRoles NOTIFY permissionsChanged)

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1, ///< QString uuid (admin_users.id)
        DisplayNameRole,                 ///< "Sheena Nelson"
        EmailRole,                       ///< "sheena@example.com"
        SignInNameRole,                  ///< PostgreSQL login role, e.g. "sheena.nelson"
        InitialsRole,                    ///< avatar text, e.g. "SN"
        PersonRoleRole,                  ///< wire value: support, manager, admin, super_admin
        PersonRoleLabelRole,             ///< translated: "Support", "Super admin", …
        ActiveRole,                      ///< bool: may sign in
        StatusLabelRole,                 ///< "Active" / "Deactivated 3 Mar" (translated)
        LastSeenLabelRole,               ///< "Seen 14:05" / "Seen yesterday" / "Never signed in"
        LastSeenFullRole,                ///< "21 Nov 2026, 14:05:09", empty when never
        IsSelfRole,                      ///< bool: this is the signed-in person
        CanChangeRoleRole,               ///< bool
        CanDeactivateRole,               ///< bool: active, and the signed-in person may
        CanReactivateRole,               ///< bool: deactivated, and the signed-in person may
        CanResetPasswordRole,            ///< bool
        BlockedReasonRole, ///< why some actions are unavailable (one sentence); empty when none
    };
    Q_ENUM(Role)

    explicit PeopleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] int totalCount() const { return int(m_all.size()); }
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool canInvite() const { return mayManagePeople(); }
    [[nodiscard]] QString inviteBlockedReason() const;
    [[nodiscard]] QVariantList assignableRoles() const;

    /// Row of person @p personId, or -1.
    Q_INVOKABLE int rowOf(const QString &personId) const { return m_rows.indexOfKey(personId); }

    /// Input checks for the invite form (services/people.h): empty when fine, else one sentence.
    Q_INVOKABLE QString signInNameProblem(const QString &signInName) const;
    Q_INVOKABLE QString emailProblem(const QString &email) const;
    Q_INVOKABLE QString displayNameProblem(const QString &displayName) const;
    /// A sign-in name suggested from the e-mail address, else the name; empty when none fits.
    Q_INVOKABLE QString suggestSignInName(const QString &email, const QString &displayName) const;
    /// "Support", "Super admin", … for a wire value.
    Q_INVOKABLE QString roleLabel(const QString &role) const;

    /// Creates a person; actionFinished("invite", …) then, on success, passwordIssued().
    Q_INVOKABLE void invite(const QString &displayName, const QString &email,
                            const QString &signInName, const QString &role);
    Q_INVOKABLE void setRole(const QString &personId, const QString &role);
    /// Deactivates: sign-ins refused from now on, their open sessions ended.
    Q_INVOKABLE void deactivate(const QString &personId);
    Q_INVOKABLE void reactivate(const QString &personId);
    /// A new temporary password; actionFinished("resetPassword", …) then passwordIssued().
    Q_INVOKABLE void resetPassword(const QString &personId);

Q_SIGNALS:
    void filterChanged();
    void totalCountChanged();
    void loadedChanged();
    void permissionsChanged();
    /// An action ended. @p action: invite, setRole, deactivate, reactivate, resetPassword.
    /// @p message is one sentence for the person (what happened, or why not); @p field names the
    /// invite form field at fault (signInName, email, displayName, role) or is empty.
    void actionFinished(const QString &action, const QString &personId, bool ok,
                        const QString &message, const QString &field);
    /// The one time a temporary password is available (after invite or resetPassword). Show it,
    /// let it be copied, and forget it.
    void passwordIssued(const QString &personId, const QString &displayName,
                        const QString &signInName, const QString &password);

protected:
    QCoro::Task<> load() override;
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override;
    [[nodiscard]] QString deniedReason() const override;
    void onPersonChanged() override;

private:
    struct Permissions {
        bool changeRole = false;
        bool deactivate = false;
        bool reactivate = false;
        bool resetPassword = false;
        QString blockedReason;
    };
    [[nodiscard]] bool mayManagePeople() const;
    [[nodiscard]] bool mayManageAdmins() const;
    [[nodiscard]] bool isSelf(const people::Person &person) const;
    [[nodiscard]] Permissions permissionsFor(const people::Person &person) const;
    [[nodiscard]] bool matches(const people::Person &person) const;
    [[nodiscard]] std::vector<people::Person> filteredRows() const;
    [[nodiscard]] QString nameOf(const QString &personId) const;
    /// Refetches @p personId after an action of ours.
    void showLatest(const QString &personId);
    /// An action starts: busy until every started one has finished.
    void start();
    void finish(const QString &action, const QString &personId, bool ok, const QString &message,
                const QString &field = {});

    QCoro::Task<> runInvite(people::NewPerson person);
    QCoro::Task<> runSetRole(QString personId, QString role);
    QCoro::Task<> runDeactivate(QString personId);
    QCoro::Task<> runReactivate(QString personId);
    QCoro::Task<> runResetPassword(QString personId);

    LiveRows<people::Person> m_rows;
    QHash<QString, people::Person> m_all; ///< everyone loaded, by id (the filter picks m_rows)
    QTimer m_clock;
    QString m_filter;
    bool m_loaded = false;
    int m_running = 0; ///< actions in flight
};

} // namespace opsdesk
