#include "peoplelistmodel.h"

#include "database.h"
#include "displayformat.h"
#include "workspace.h"

#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opsdesk {

namespace {

bool byName(const people::Person &a, const people::Person &b)
{
    const int order =
        QString::localeAwareCompare(a.displayName.toCaseFolded(), b.displayName.toCaseFolded());
    if (order != 0) {
        return order < 0;
    }
    return a.id < b.id;
}

const QString kTable = u"admin_users"_s;

/// What a role may do, in one line (what migration 0005 grants it).
QString roleDescription(const QString &role)
{
    if (role == u"support") {
        return PeopleListModel::tr("Answers WhatsApp conversations.");
    }
    if (role == u"manager") {
        return PeopleListModel::tr("Reads everything, the audit trail included; changes nothing.");
    }
    if (role == u"admin") {
        return PeopleListModel::tr("Manages everything, and support and manager accounts.");
    }
    return PeopleListModel::tr("Everything an admin does, and manages admins too.");
}

} // namespace

PeopleListModel::PeopleListModel(QObject *parent)
    : SessionModelBase({kTable}, parent)
    , m_rows(
          *this, [](const people::Person &person) { return person.id; }, byName)
{
    // "Seen 14:05" becomes "Seen yesterday" with the clock, not with the data.
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {LastSeenLabelRole, StatusLabelRole});
        }
    });
    m_clock.start();
}

int PeopleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant PeopleListModel::data(const QModelIndex &index, int role) const
{
    const auto *person = m_rows.rowAt(index.row());
    if (!person || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return person->displayName;
    case PersonIdRole:
        return person->id;
    case EmailRole:
        return person->email;
    case SignInNameRole:
        return person->signInName;
    case InitialsRole:
        return display::initials(person->displayName);
    case PersonRoleRole:
        return person->role;
    case PersonRoleLabelRole:
        return people::roleLabel(person->role);
    case ActiveRole:
        return person->active;
    case StatusLabelRole:
        if (person->active) {
            return tr("Active");
        }
        return person->deactivatedAt.isValid()
                   ? tr("Deactivated %1")
                         .arg(display::shortTime(person->deactivatedAt.toLocalTime()))
                   : tr("Deactivated");
    case LastSeenLabelRole:
        return person->lastSeenAt.isValid()
                   ? tr("Seen %1").arg(display::shortTime(person->lastSeenAt.toLocalTime()))
                   : tr("Never signed in");
    case LastSeenFullRole:
        return person->lastSeenAt.isValid() ? display::fullTime(person->lastSeenAt) : QString();
    case IsSelfRole:
        return isSelf(*person);
    case CanChangeRoleRole:
        return permissionsFor(*person).changeRole;
    case CanDeactivateRole:
        return permissionsFor(*person).deactivate;
    case CanReactivateRole:
        return permissionsFor(*person).reactivate;
    case CanResetPasswordRole:
        return permissionsFor(*person).resetPassword;
    case BlockedReasonRole:
        return permissionsFor(*person).blockedReason;
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleListModel::roleNames() const
{
    return {{PersonIdRole, "personId"},
            {DisplayNameRole, "displayName"},
            {EmailRole, "email"},
            {SignInNameRole, "signInName"},
            {InitialsRole, "initials"},
            {PersonRoleRole, "personRole"},
            {PersonRoleLabelRole, "personRoleLabel"},
            {ActiveRole, "active"},
            {StatusLabelRole, "statusLabel"},
            {LastSeenLabelRole, "lastSeenLabel"},
            {LastSeenFullRole, "lastSeenFull"},
            {IsSelfRole, "isSelf"},
            {CanChangeRoleRole, "canChangeRole"},
            {CanDeactivateRole, "canDeactivate"},
            {CanReactivateRole, "canReactivate"},
            {CanResetPasswordRole, "canResetPassword"},
            {BlockedReasonRole, "blockedReason"}};
}

void PeopleListModel::setFilter(const QString &filter)
{
    if (m_filter == filter) {
        return;
    }
    m_filter = filter;
    Q_EMIT filterChanged();
    m_rows.reset(filteredRows()); // the query changed
}

int PeopleListModel::activeCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [](const people::Person &person) { return person.active; }));
}

QString PeopleListModel::inviteBlockedReason() const
{
    return mayManagePeople() ? QString() : tr("Only admins can invite people.");
}

QVariantList PeopleListModel::assignableRoles() const
{
    QVariantList roles;
    for (const QString &role : people::kRoles) {
        if (mayManagePeople() && (!people::isAdminRole(role) || mayManageAdmins())) {
            roles.append(QVariantMap{{u"value"_s, role},
                                     {u"label"_s, people::roleLabel(role)},
                                     {u"description"_s, roleDescription(role)}});
        }
    }
    return roles;
}

QString PeopleListModel::signInNameProblem(const QString &signInName) const
{
    return people::signInNameProblem(signInName);
}

QString PeopleListModel::emailProblem(const QString &email) const
{
    return people::emailProblem(email);
}

QString PeopleListModel::displayNameProblem(const QString &displayName) const
{
    return people::displayNameProblem(displayName);
}

QString PeopleListModel::suggestSignInName(const QString &email, const QString &displayName) const
{
    return people::suggestSignInName(email, displayName);
}

QString PeopleListModel::roleLabel(const QString &role) const
{
    return people::roleLabel(role);
}

void PeopleListModel::invite(const QString &displayName, const QString &email,
                             const QString &signInName, const QString &role)
{
    runInvite({signInName.trimmed(), email.trimmed(), displayName.trimmed(), role});
}

void PeopleListModel::setRole(const QString &personId, const QString &role)
{
    runSetRole(personId, role);
}

void PeopleListModel::deactivate(const QString &personId)
{
    runDeactivate(personId);
}

void PeopleListModel::reactivate(const QString &personId)
{
    runReactivate(personId);
}

void PeopleListModel::resetPassword(const QString &personId)
{
    runResetPassword(personId);
}

bool PeopleListModel::mayManagePeople() const
{
    return workspace() && workspace()->canManagePeople();
}

bool PeopleListModel::mayManageAdmins() const
{
    return workspace() && workspace()->canManageAdmins();
}

bool PeopleListModel::isSelf(const people::Person &person) const
{
    return workspace() && !workspace()->personId().isEmpty() &&
           workspace()->personId() == person.id;
}

PeopleListModel::Permissions PeopleListModel::permissionsFor(const people::Person &person) const
{
    Permissions may;
    if (!mayManagePeople()) {
        may.blockedReason = tr("Only admins can manage people.");
        return may;
    }
    if (people::isAdminRole(person.role) && !mayManageAdmins()) {
        may.blockedReason = tr("Only a super admin can manage admins.");
        return may;
    }
    const bool self = isSelf(person);
    may.changeRole = !self;
    may.deactivate = !self && person.active;
    may.reactivate = !person.active;
    may.resetPassword = true;
    if (self) {
        may.blockedReason =
            tr("This is you: another admin has to change your role or deactivate you.");
    }
    return may;
}

bool PeopleListModel::matches(const people::Person &person) const
{
    const QString needle = m_filter.trimmed();
    if (needle.isEmpty()) {
        return true;
    }
    const auto has = [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    };
    return has(person.displayName) || has(person.email) || has(person.signInName) ||
           has(people::roleLabel(person.role)) ||
           has(person.active ? tr("Active") : tr("Deactivated"));
}

std::vector<people::Person> PeopleListModel::filteredRows() const
{
    std::vector<people::Person> rows;
    for (const auto &person : m_all) {
        if (matches(person)) {
            rows.push_back(person);
        }
    }
    return rows;
}

QString PeopleListModel::nameOf(const QString &personId) const
{
    const auto found = m_all.constFind(personId);
    return found == m_all.constEnd() ? tr("This person") : found->displayName;
}

void PeopleListModel::onPersonChanged()
{
    Q_EMIT permissionsChanged();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {IsSelfRole, CanChangeRoleRole, CanDeactivateRole, CanReactivateRole,
                            CanResetPasswordRole, BlockedReasonRole});
    }
}

QString PeopleListModel::deniedReason() const
{
    // Not an admin: nothing to show, and no query the database would refuse.
    return mayManagePeople() ? QString() : tr("Only admins can see and manage people.");
}

void PeopleListModel::clearRows()
{
    m_all.clear();
    m_rows.reset({});
    Q_EMIT totalCountChanged();
}

void PeopleListModel::showLatest(const QString &personId)
{
    // The change feed brings the same key moments later; refetching through the coalescer now
    // keeps refetches in order and does not wait for the feed.
    queueChanges({Change{0, kTable, 'U', personId}});
}

void PeopleListModel::start()
{
    if (++m_running == 1) {
        setBusy(true);
    }
}

void PeopleListModel::finish(const QString &action, const QString &personId, bool ok,
                             const QString &message, const QString &field)
{
    if (--m_running == 0) {
        setBusy(false);
    }
    Q_EMIT actionFinished(action, personId, ok, message, field);
}

QCoro::Task<> PeopleListModel::load()
{
    QPointer self{this};
    const quint64 generation = this->generation();
    setLoading(true);
    auto everyoneTask = people::list(*database());
    auto everyone = co_await everyoneTask;
    if (!self || generation != this->generation()) {
        co_return;
    }
    setLoading(false);
    if (!everyone) {
        setError(tr("Could not load people: %1").arg(everyone.error().message));
        co_return;
    }
    setError({});
    m_all.clear();
    for (const auto &person : everyone.value()) {
        m_all.insert(person.id, person);
    }
    m_rows.reset(filteredRows());
    Q_EMIT totalCountChanged();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

QCoro::Task<> PeopleListModel::refetch(ChangeCoalescer::KeysByTable keysByTable)
{
    QPointer self{this};
    const QSet<QString> keys = keysByTable.value(kTable);
    if (!m_loaded || keys.isEmpty()) {
        refetchDone();
        co_return;
    }
    const quint64 generation = this->generation();
    auto freshTask = people::fetchByIds(*database(), keys.values());
    auto fresh = co_await freshTask;
    if (!self) {
        co_return;
    }
    if (generation == this->generation()) { // a reload in between already has these rows
        if (fresh) {
            for (const QString &key : keys) {
                m_all.remove(key);
            }
            QList<people::Person> shown;
            for (const auto &person : fresh.value()) {
                m_all.insert(person.id, person);
                if (matches(person)) {
                    shown.append(person);
                }
            }
            m_rows.apply(shown, keys, true);
            Q_EMIT totalCountChanged();
            Q_EMIT liveBatchApplied(int(shown.size()));
        } else {
            setError(tr("Live update failed: %1").arg(fresh.error().message));
        }
    }
    refetchDone();
}

QCoro::Task<> PeopleListModel::runInvite(people::NewPerson person)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        Q_EMIT actionFinished(u"invite"_s, {}, false, tr("Sign in first."), {});
        co_return;
    }
    start();
    auto createdTask = people::create(*db, person);
    auto created = co_await createdTask;
    if (!self) {
        co_return;
    }
    if (!created) {
        finish(u"invite"_s, {}, false, created.error().message, created.error().field);
        co_return;
    }
    const people::Person &made = created->person;
    showLatest(made.id);
    finish(u"invite"_s, made.id, true,
           tr("%1 can now sign in as “%2”.").arg(made.displayName, made.signInName));
    Q_EMIT passwordIssued(made.id, made.displayName, made.signInName, created->temporaryPassword);
}

QCoro::Task<> PeopleListModel::runSetRole(QString personId, QString role)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        Q_EMIT actionFinished(u"setRole"_s, personId, false, tr("Sign in first."), {});
        co_return;
    }
    start();
    auto doneTask = people::setRole(*db, personId, role);
    auto done = co_await doneTask;
    if (!self) {
        co_return;
    }
    if (!done) {
        finish(u"setRole"_s, personId, false, done.error().message, done.error().field);
        co_return;
    }
    showLatest(personId);
    finish(u"setRole"_s, personId, true,
           tr("%1 is now %2.").arg(nameOf(personId), people::roleLabel(role)));
}

QCoro::Task<> PeopleListModel::runDeactivate(QString personId)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        Q_EMIT actionFinished(u"deactivate"_s, personId, false, tr("Sign in first."), {});
        co_return;
    }
    start();
    auto endedTask = people::deactivate(*db, personId);
    auto ended = co_await endedTask;
    if (!self) {
        co_return;
    }
    if (!ended) {
        finish(u"deactivate"_s, personId, false, ended.error().message);
        co_return;
    }
    showLatest(personId);
    finish(u"deactivate"_s, personId, true,
           tr("%1 is deactivated and can no longer sign in; %n open session(s) ended.", "",
              ended.value())
               .arg(nameOf(personId)));
}

QCoro::Task<> PeopleListModel::runReactivate(QString personId)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        Q_EMIT actionFinished(u"reactivate"_s, personId, false, tr("Sign in first."), {});
        co_return;
    }
    start();
    auto doneTask = people::reactivate(*db, personId);
    auto done = co_await doneTask;
    if (!self) {
        co_return;
    }
    if (!done) {
        finish(u"reactivate"_s, personId, false, done.error().message);
        co_return;
    }
    showLatest(personId);
    finish(u"reactivate"_s, personId, true,
           tr("%1 can sign in again with their password.").arg(nameOf(personId)));
}

QCoro::Task<> PeopleListModel::runResetPassword(QString personId)
{
    QPointer self{this};
    Database *db = database();
    if (!db) {
        Q_EMIT actionFinished(u"resetPassword"_s, personId, false, tr("Sign in first."), {});
        co_return;
    }
    start();
    auto passwordTask = people::resetPassword(*db, personId);
    auto password = co_await passwordTask;
    if (!self) {
        co_return;
    }
    if (!password) {
        finish(u"resetPassword"_s, personId, false, password.error().message);
        co_return;
    }
    showLatest(personId);
    const auto found = m_all.constFind(personId);
    const QString signInName = found == m_all.constEnd() ? QString() : found->signInName;
    finish(
        u"resetPassword"_s, personId, true,
        tr("%1 has a new temporary password; the old one no longer works.").arg(nameOf(personId)));
    Q_EMIT passwordIssued(personId, nameOf(personId), signInName, password.value());
}

} // namespace opsdesk
