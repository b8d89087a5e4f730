#pragma once

#include "liverows.h"
#include "outbound.h"
#include "sessionmodelbase.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <QCoroTask>

#include <optional>

namespace opsdesk {

/// The text a customer reads for @p tpl with @p parameters, rendered exactly as the database
/// renders the stored message body (migration 0007, opsdesk.render_template): every
/// `{{n}}` (spaces inside the braces allowed) of the BODY replaced by parameter n, from the last
/// parameter down to the first, literally; then header, body and footer joined by a blank line,
/// leaving out the empty ones.
QString renderTemplate(const outbound::Template &tpl, const QStringList &parameters);

/// Why @p parameters cannot fill a template with @p count body parameters, or empty when they
/// can: each filled in, at most 1,024 characters (migration 0007), and without line breaks, tabs
/// or more than four spaces in a row, which the Cloud API refuses (error 132018,
/// https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes).
QString templateParametersProblem(int count, const QStringList &parameters);

/// The approved message templates the composer offers outside the 24-hour customer service
/// window (outbound::fetchApprovedTemplates), by name and language; live, so a template
/// approved, paused or changed in WhatsApp Manager (and synced by opsdeskd) appears, disappears
/// or changes while the picker is open.
///
/// Created in QML as `TemplateListModel { workspace: Workspace }`. filterText narrows the list
/// to names containing it. One template can be selected (by name and language, so the selection
/// survives filtering and live updates); `parameters` are what the person typed for its {{1}},
/// {{2}}, …; selectedPreview is the message the customer would read, rendered in C++ the way the
/// database renders it, with unfilled parameters left as {{n}}.
// Base spelled fully qualified, as in ApiKeyListModel (Qt 6.4 qmltyperegistrar).
class TemplateListModel : public opsdesk::SessionModelBase
{
    Q_OBJECT
    QML_ELEMENT
    /// True once a load finished (an empty list then means "no approved templates").
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// Approved templates in total, whatever the filter.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    /// Case-insensitive part of a template name; empty lists every template.
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedLanguage READ selectedLanguage NOTIFY selectionChanged)
    /// "Utility", "Marketing", "Authentication"
    Q_PROPERTY(QString selectedCategoryLabel READ selectedCategoryLabel NOTIFY selectionChanged)
    /// How many body parameters ({{1}} … {{n}}) the selected template takes.
    Q_PROPERTY(int selectedParameterCount READ selectedParameterCount NOTIFY selectionChanged)
    /// What the person typed for {{1}}, {{2}}, … (cut or padded to selectedParameterCount).
    Q_PROPERTY(QStringList parameters READ parameters WRITE setParameters NOTIFY previewChanged)
    /// The selected template as the customer would read it.
    Q_PROPERTY(QString selectedPreview READ selectedPreview NOTIFY previewChanged)
    /// Why the parameters cannot be sent yet ("Fill in {{2}}."); empty when they can.
    Q_PROPERTY(QString parametersProblem READ parametersProblem NOTIFY previewChanged)
    /// A template is selected and every parameter is fine: it can be sent.
    Q_PROPERTY(bool readyToSend READ readyToSend NOTIFY previewChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< message_templates.name, e.g. "order_update"
        LanguageRole,                ///< e.g. "en_US"
        CategoryRole,                ///< wire value: MARKETING, UTILITY, AUTHENTICATION
        CategoryLabelRole,           ///< "Marketing", "Utility", "Authentication"
        HeaderRole,                  ///< HEADER text, may be empty
        BodyRole,                    ///< BODY text with its {{n}} placeholders
        FooterRole,                  ///< FOOTER text, may be empty
        ParameterCountRole,          ///< int: body parameters it takes
        SelectedRole,                ///< bool: the selected template
    };
    Q_ENUM(Role)

    explicit TemplateListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] int totalCount() const { return int(m_all.size()); }
    [[nodiscard]] QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    [[nodiscard]] bool hasSelection() const { return m_selected.has_value(); }
    [[nodiscard]] QString selectedName() const;
    [[nodiscard]] QString selectedLanguage() const;
    [[nodiscard]] QString selectedCategoryLabel() const;
    [[nodiscard]] int selectedParameterCount() const;
    [[nodiscard]] QStringList parameters() const { return m_parameters; }
    void setParameters(const QStringList &parameters);
    [[nodiscard]] QString selectedPreview() const;
    [[nodiscard]] QString parametersProblem() const;
    [[nodiscard]] bool readyToSend() const;
    /// The parameters to send: trimmed, exactly selectedParameterCount of them.
    [[nodiscard]] Q_INVOKABLE QStringList parametersToSend() const;

    /// Row of the template @p name / @p language, or -1 when it is not listed.
    Q_INVOKABLE int rowOf(const QString &name, const QString &language) const;
    /// Selects the template in row @p row (-1 or out of range: none). Parameters start empty.
    Q_INVOKABLE void select(int row);
    Q_INVOKABLE void clearSelection() { select(-1); }
    /// Sets parameter @p index (0 for {{1}}) to @p value.
    Q_INVOKABLE void setParameter(int index, const QString &value);
    /// The template in row @p row with @p parameters filled in, as the customer would read it;
    /// empty for a row that does not exist.
    Q_INVOKABLE QString preview(int row, const QStringList &parameters) const;

Q_SIGNALS:
    void loadedChanged();
    void totalCountChanged();
    void filterTextChanged();
    void selectionChanged();
    void previewChanged();

protected:
    QCoro::Task<> load() override;
    QCoro::Task<> refetch(ChangeCoalescer::KeysByTable keys) override;
    void clearRows() override;

private:
    [[nodiscard]] QList<outbound::Template> filtered() const;
    /// Shows filtered() with granular row signals (no reset) and refreshes the selection.
    void applyRows();
    void setSelected(std::optional<outbound::Template> tpl);
    /// Shows @p templates (every approved one, listedBefore order) as the list.
    void setTemplates(const QList<outbound::Template> &templates);

    LiveRows<outbound::Template> m_rows;
    QList<outbound::Template> m_all;
    QString m_filterText;
    std::optional<outbound::Template> m_selected;
    QStringList m_parameters;
    bool m_loaded = false;
};

} // namespace opsdesk
