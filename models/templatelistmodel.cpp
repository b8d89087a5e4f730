#include "templatelistmodel.h"

#include "database.h"
#include "textlength.h"
#include "workspace.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opsdesk {
namespace {

const QString kTable = u"message_templates"_s;
constexpr int kMaxParameterLength = 1024; // migration 0007, messages_check_outbound

QString keyOf(const outbound::Template &tpl)
{
    return tpl.name + u'\x1f' + tpl.language;
}

bool listedBefore(const outbound::Template &a, const outbound::Template &b)
{
    if (a.name != b.name) {
        return a.name < b.name;
    }
    return a.language < b.language;
}

/// Every approved template, in list order.
QList<outbound::Template> fetchTemplates(QSqlDatabase &connection)
{
    auto templates = outbound::fetchApprovedTemplates(connection);
    std::sort(templates.begin(), templates.end(), listedBefore);
    return templates;
}

QString categoryLabel(const QString &category)
{
    const QString upper = category.toUpper();
    if (upper == u"MARKETING") {
        return TemplateListModel::tr("Marketing", "@label template category");
    }
    if (upper == u"UTILITY") {
        return TemplateListModel::tr("Utility", "@label template category");
    }
    if (upper == u"AUTHENTICATION") {
        return TemplateListModel::tr("Authentication", "@label template category");
    }
    return category;
}

/// Replaces every match of @p pattern in @p text with @p replacement taken literally
/// (QString::replace would read \1 in it as a back-reference).
QString replaceLiterally(const QString &text, const QRegularExpression &pattern,
                         const QString &replacement)
{
    QString result;
    qsizetype from = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += replacement;
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

} // namespace

QString renderTemplate(const outbound::Template &tpl, const QStringList &parameters)
{
    QString body = tpl.body;
    for (qsizetype i = parameters.size(); i >= 1; --i) {
        const QRegularExpression placeholder(u"\\{\\{\\s*%1\\s*\\}\\}"_s.arg(i));
        body = replaceLiterally(body, placeholder, parameters.at(i - 1));
    }
    QStringList parts;
    for (const QString &part : {tpl.header, body, tpl.footer}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    return parts.join(u"\n\n"_s);
}

QString templateParametersProblem(int count, const QStringList &parameters)
{
    static const QRegularExpression tooManySpaces(u" {5,}"_s);
    for (int i = 0; i < count; ++i) {
        const QString value = parameters.value(i).trimmed();
        const QString placeholder = u"{{%1}}"_s.arg(i + 1);
        if (value.isEmpty()) {
            return TemplateListModel::tr("Fill in %1.").arg(placeholder);
        }
        if (characterCount(value) > kMaxParameterLength) {
            return TemplateListModel::tr("%1 is longer than %2 characters.")
                .arg(placeholder, QLocale().toString(kMaxParameterLength));
        }
        if (value.contains(u'\n') || value.contains(u'\r') || value.contains(u'\t') ||
            value.contains(tooManySpaces)) {
            return TemplateListModel::tr(
                       "%1 cannot hold line breaks, tabs or more than four spaces in a row.")
                .arg(placeholder);
        }
    }
    return {};
}

TemplateListModel::TemplateListModel(QObject *parent)
    : SessionModelBase({kTable}, parent)
    , m_rows(*this, keyOf, listedBefore)
{}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    const auto *tpl = m_rows.rowAt(index.row());
    if (!tpl || index.parent().isValid()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return tpl->name;
    case LanguageRole:
        return tpl->language;
    case CategoryRole:
        return tpl->category;
    case CategoryLabelRole:
        return categoryLabel(tpl->category);
    case HeaderRole:
        return tpl->header;
    case BodyRole:
        return tpl->body;
    case FooterRole:
        return tpl->footer;
    case ParameterCountRole:
        return tpl->parameterCount;
    case SelectedRole:
        return m_selected && keyOf(*m_selected) == keyOf(*tpl);
    default:
        return {};
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    return {{NameRole, "name"},         {LanguageRole, "language"},
            {CategoryRole, "category"}, {CategoryLabelRole, "categoryLabel"},
            {HeaderRole, "header"},     {BodyRole, "body"},
            {FooterRole, "footer"},     {ParameterCountRole, "parameterCount"},
            {SelectedRole, "selected"}};
}

void TemplateListModel::setFilterText(const QString &text)
{
    if (m_filterText == text) {
        return;
    }
    m_filterText = text;
    Q_EMIT filterTextChanged();
    applyRows();
}

QString TemplateListModel::selectedName() const
{
    return m_selected ? m_selected->name : QString();
}

QString TemplateListModel::selectedLanguage() const
{
    return m_selected ? m_selected->language : QString();
}

QString TemplateListModel::selectedCategoryLabel() const
{
    return m_selected ? categoryLabel(m_selected->category) : QString();
}

int TemplateListModel::selectedParameterCount() const
{
    return m_selected ? m_selected->parameterCount : 0;
}

void TemplateListModel::setParameters(const QStringList &parameters)
{
    if (m_parameters == parameters) {
        return;
    }
    m_parameters = parameters;
    Q_EMIT previewChanged();
}

void TemplateListModel::setParameter(int index, const QString &value)
{
    if (index < 0 || index >= selectedParameterCount()) {
        return;
    }
    QStringList parameters = m_parameters;
    while (parameters.size() <= index) {
        parameters << QString();
    }
    parameters[index] = value;
    setParameters(parameters);
}

QString TemplateListModel::selectedPreview() const
{
    if (!m_selected) {
        return {};
    }
    // Unfilled parameters stay visible as {{n}}.
    QStringList shown;
    for (int i = 0; i < m_selected->parameterCount; ++i) {
        const QString value = m_parameters.value(i).trimmed();
        shown << (value.isEmpty() ? u"{{%1}}"_s.arg(i + 1) : value);
    }
    return renderTemplate(*m_selected, shown);
}

QString TemplateListModel::parametersProblem() const
{
    if (!m_selected) {
        return tr("Choose a template.");
    }
    return templateParametersProblem(m_selected->parameterCount, m_parameters);
}

bool TemplateListModel::readyToSend() const
{
    return m_selected && parametersProblem().isEmpty();
}

QStringList TemplateListModel::parametersToSend() const
{
    QStringList values;
    for (int i = 0; i < selectedParameterCount(); ++i) {
        values << m_parameters.value(i).trimmed();
    }
    return values;
}

int TemplateListModel::rowOf(const QString &name, const QString &language) const
{
    return m_rows.indexOfKey(name + u'\x1f' + language);
}

void TemplateListModel::select(int row)
{
    const auto *tpl = m_rows.rowAt(row);
    setSelected(tpl ? std::optional(*tpl) : std::nullopt);
}

QString TemplateListModel::preview(int row, const QStringList &parameters) const
{
    const auto *tpl = m_rows.rowAt(row);
    return tpl ? renderTemplate(*tpl, parameters) : QString();
}

QList<outbound::Template> TemplateListModel::filtered() const
{
    const QString needle = m_filterText.trimmed();
    QList<outbound::Template> shown;
    for (const auto &tpl : m_all) {
        if (needle.isEmpty() || tpl.name.contains(needle, Qt::CaseInsensitive)) {
            shown << tpl;
        }
    }
    return shown;
}

void TemplateListModel::applyRows()
{
    QSet<QString> requested;
    for (int i = 0; i < m_rows.size(); ++i) {
        requested.insert(keyOf(*m_rows.rowAt(i)));
    }
    const auto shown = filtered();
    for (const auto &tpl : shown) {
        requested.insert(keyOf(tpl));
    }
    m_rows.apply(shown, requested, true);

    // The selection follows its template: changed, or gone when no longer approved.
    if (m_selected) {
        const auto found = std::find_if(m_all.cbegin(), m_all.cend(), [this](const auto &tpl) {
            return keyOf(tpl) == keyOf(*m_selected);
        });
        if (found == m_all.cend()) {
            setSelected(std::nullopt);
        } else if (found->body != m_selected->body || found->header != m_selected->header ||
                   found->footer != m_selected->footer ||
                   found->parameterCount != m_selected->parameterCount ||
                   found->category != m_selected->category) {
            m_selected = *found;
            Q_EMIT selectionChanged();
            Q_EMIT previewChanged();
        }
    }
}

void TemplateListModel::setSelected(std::optional<outbound::Template> tpl)
{
    const QString before = m_selected ? keyOf(*m_selected) : QString();
    const QString after = tpl ? keyOf(*tpl) : QString();
    m_selected = std::move(tpl);
    m_parameters = QStringList(selectedParameterCount(), QString());
    for (const QString &key : {before, after}) {
        const int row = m_rows.indexOfKey(key);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row), index(row), {SelectedRole});
        }
    }
    Q_EMIT selectionChanged();
    Q_EMIT previewChanged();
}

void TemplateListModel::clearRows()
{
    m_all.clear();
    applyRows();
    Q_EMIT totalCountChanged();
}

void TemplateListModel::setTemplates(const QList<outbound::Template> &templates)
{
    const bool countChanged = templates.size() != m_all.size();
    m_all = templates;
    applyRows();
    if (countChanged) {
        Q_EMIT totalCountChanged();
    }
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

QCoro::Task<> TemplateListModel::load()
{
    QPointer self{this};
    const quint64 generation = this->generation();
    setLoading(true);
    auto future = database()->run(fetchTemplates);
    auto templates = co_await future;
    if (!self || generation != this->generation()) {
        co_return;
    }
    setLoading(false);
    if (!templates) {
        setError(tr("Could not load the templates: %1").arg(templates.error()));
        co_return;
    }
    setError({});
    setTemplates(templates.value());
}

QCoro::Task<> TemplateListModel::refetch(ChangeCoalescer::KeysByTable /*keys*/)
{
    // The table is small: the whole list again, applied as granular row changes.
    QPointer self{this};
    const quint64 generation = this->generation();
    auto future = database()->run(fetchTemplates);
    auto templates = co_await future;
    if (!self) {
        co_return;
    }
    if (generation == this->generation()) {
        if (templates) {
            setError({});
            setTemplates(templates.value());
            Q_EMIT liveBatchApplied(int(m_all.size()));
        } else {
            setError(tr("Live update failed: %1").arg(templates.error()));
        }
    }
    refetchDone();
}

} // namespace opsdesk
