<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>AlertRuleDialog</name>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="61"/>
        <source>New alert rule</source>
        <translation>כלל התראה חדש</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="61"/>
        <source>Edit alert rule</source>
        <translation>עריכת כלל התראה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="86"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="95"/>
        <source>e.g. Delivery failures high</source>
        <translation>לדוגמה: כשלי מסירה גבוהים</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="103"/>
        <source>Also the title of the incidents it opens.</source>
        <translation>זו גם הכותרת של התקריות שהכלל פותח.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="108"/>
        <source>Metric</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="116"/>
        <source>Pick a metric…</source>
        <translation>בחירת מדד…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="127"/>
        <source>Measured in %1.</source>
        <translation>יחידת מידה: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="139"/>
        <source>Fires when the value is</source>
        <translation>מופעל כשהערך</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="155"/>
        <source>Threshold (%1)</source>
        <translation>סף (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="155"/>
        <source>Threshold</source>
        <translation>סף</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="163"/>
        <source>e.g. 25</source>
        <translation>לדוגמה: 25</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="185"/>
        <source>For (seconds)</source>
        <translation>משך (שניות)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="200"/>
        <source>How long it must hold before an incident opens; 0 opens at once.</source>
        <translation>כמה זמן התנאי צריך להתקיים לפני שנפתחת תקרית; 0 פותח תקרית מיד.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="208"/>
        <source>Recovery (seconds)</source>
        <translation>התאוששות (שניות)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="223"/>
        <source>How long it must stay clear before the rule counts as recovered.</source>
        <translation>כמה זמן התנאי צריך להפסיק להתקיים לפני שהכלל נחשב כמי שהתאושש.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="233"/>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="248"/>
        <source>On: evaluated every 10 seconds</source>
        <translation>פעיל: נבדק כל 10 שניות</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="254"/>
        <source>Resolve its incident by itself once recovered</source>
        <translation>סימון אוטומטי של התקרית שלו כנפתרה לאחר התאוששות</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="262"/>
        <source>Opens an incident of severity %1 when %2.</source>
        <translation>פותח תקרית (חומרה: %1) כאשר %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="288"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="295"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="295"/>
        <source>Add rule</source>
        <comment>@action:button</comment>
        <translation>הוספת כלל</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AlertRuleDialog.qml" line="295"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>שמירה</translation>
    </message>
</context>
<context>
    <name>AlertRulesPage</name>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="58"/>
        <source>Alert rule %1: %2, %3</source>
        <translation>כלל התראה %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="105"/>
        <source>resolves its incident by itself</source>
        <translation>מסמן את התקרית שלו כנפתרה באופן אוטומטי</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="105"/>
        <source>incidents are resolved by hand</source>
        <translation>התקריות מסומנות כנפתרו באופן ידני</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="133"/>
        <source>Open its incident →</source>
        <translation>פתיחת התקרית ←</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="148"/>
        <source>Rule %1 on</source>
        <translation>הכלל %1 פעיל</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="152"/>
        <source>On: evaluated every 10 seconds</source>
        <translation>פעיל: נבדק כל 10 שניות</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="152"/>
        <source>Off: never fires</source>
        <translation>כבוי: אף פעם לא מופעל</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="162"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>עריכה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="170"/>
        <location filename="../ui/pages/AlertRulesPage.qml" line="367"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>מחיקה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="191"/>
        <source>Alert rules</source>
        <comment>@title:page</comment>
        <translation>כללי התראה</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AlertRulesPage.qml" line="192"/>
        <source>%n rule(s) · evaluated every 10 seconds by opsdeskd</source>
        <translation>
            <numerusform>%n כלל · opsdeskd בודק אותו כל 10 שניות</numerusform>
            <numerusform>%n כללים · opsdeskd בודק אותם כל 10 שניות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="199"/>
        <source>New rule…</source>
        <comment>@action:button</comment>
        <translation>כלל חדש…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="204"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="227"/>
        <source>%1 (click to dismiss)</source>
        <translation>%1 (יש ללחוץ כדי לסגור)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="277"/>
        <source>Loading alert rules…</source>
        <translation>טוען כללי התראה…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="278"/>
        <source>No alert rules yet</source>
        <translation>אין עדיין כללי התראה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="279"/>
        <source>Press F5 to try again. If it keeps failing, check that the database is reachable.</source>
        <translation>יש ללחוץ על F5 כדי לנסות שוב. אם הבעיה נמשכת, יש לוודא שמסד הנתונים זמין.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="282"/>
        <source>Press Ctrl+N to add one, e.g. “Delivery failure rate &gt; 25 % for 1 min”: it opens an incident when failures climb and resolves it once they settle.</source>
        <translation>יש ללחוץ על Ctrl+N כדי להוסיף כלל, לדוגמה &quot;שיעור כשלי מסירה &gt; 25 % במשך 1 דק׳&quot;: הכלל פותח תקרית כשהכשלים עולים, ומסמן אותה כנפתרה כשהם נרגעים.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="283"/>
        <source>Admins add rules here, e.g. “Delivery failure rate &gt; 25 % for 1 min”; their incidents then appear under Incidents.</source>
        <translation>מנהלי מערכת מוסיפים כאן כללים, לדוגמה &quot;שיעור כשלי מסירה &gt; 25 % במשך 1 דק׳&quot;; התקריות שהם פותחים מופיעות בדף &quot;תקריות&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="313"/>
        <source>Delete “%1”?</source>
        <translation>למחוק את &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="337"/>
        <source>It stops watching its metric at once. Incidents it opened stay, with their timelines; they no longer resolve by themselves.</source>
        <translation>הכלל יפסיק מיד לעקוב אחרי המדד שלו. התקריות שהוא פתח יישארו, עם צירי הזמן שלהן, אבל הן כבר לא יסומנו כנפתרו באופן אוטומטי.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AlertRulesPage.qml" line="361"/>
        <source>Keep it</source>
        <translation>לא למחוק</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="99"/>
        <source>API key %1, %2</source>
        <translation>מפתח API %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="198"/>
        <source>Revoke</source>
        <comment>@action:button API key</comment>
        <translation>ביטול מפתח</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="244"/>
        <source>API keys</source>
        <comment>@title:page</comment>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="245"/>
        <source>%1 active · other services call /api/v1/ of opsdeskd with them</source>
        <translation>פעילים: %1 · שירותים אחרים משתמשים בהם כדי לפנות אל /api/v1/ של opsdeskd</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="253"/>
        <source>New API key…</source>
        <comment>@action:button</comment>
        <translation>מפתח API חדש…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="258"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="282"/>
        <source>%1 (click to dismiss)</source>
        <translation>%1 (יש ללחוץ כדי לסגור)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="298"/>
        <source>Only admins create and revoke API keys.</source>
        <translation>רק מנהלי מערכת יכולים ליצור ולבטל מפתחות API.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="330"/>
        <source>Name and prefix</source>
        <translation>שם וקידומת</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="338"/>
        <source>Scopes</source>
        <translation>הרשאות (scopes)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="346"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="354"/>
        <source>Last used</source>
        <translation>שימוש אחרון</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="362"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="399"/>
        <source>Loading API keys…</source>
        <translation>טוען מפתחות API…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="400"/>
        <source>No API keys yet</source>
        <translation>אין עדיין מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="401"/>
        <source>Press F5 to try again. If it keeps failing, check that the database is reachable.</source>
        <translation>יש ללחוץ על F5 כדי לנסות שוב. אם הבעיה נמשכת, יש לוודא שמסד הנתונים זמין.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="404"/>
        <source>Press Ctrl+N to create one for a service that calls the automation API, or run opsdeskd api-key create on the server.</source>
        <translation>יש ללחוץ על Ctrl+N כדי ליצור מפתח לשירות שפונה ל-API האוטומציה, או להריץ בשרת את opsdeskd api-key create.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="405"/>
        <source>An admin creates keys here or with opsdeskd api-key create.</source>
        <translation>מפתחות נוצרים על ידי מנהל/ת מערכת, כאן או באמצעות opsdeskd api-key create.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="446"/>
        <source>Copy your new API key</source>
        <translation>העתקת מפתח ה-API החדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="446"/>
        <source>New API key</source>
        <translation>מפתח API חדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="471"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="480"/>
        <source>What will use it, e.g. Metrics exporter</source>
        <translation>מה ישתמש בו, לדוגמה: ייצוא מדדים</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="485"/>
        <source>Scopes: what the key may do</source>
        <translation>הרשאות (scopes): מה המפתח רשאי לעשות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="521"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="527"/>
        <source>Create key</source>
        <translation>יצירת מפתח</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="548"/>
        <source>You will not see this key again. Copy it now and store it where the service keeps its secrets; OpsDesk keeps only a hash. If it is lost, revoke %1 and create a new one.</source>
        <translation>המפתח הזה לא יוצג שוב. יש להעתיק אותו עכשיו ולשמור אותו במקום שבו השירות שומר את הסודות שלו; OpsDesk שומר רק גיבוב (hash) שלו. אם המפתח יאבד, יש לבטל את %1 וליצור מפתח חדש.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="576"/>
        <source>Copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="576"/>
        <source>Copy</source>
        <comment>@action:button</comment>
        <translation>העתקה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="591"/>
        <source>Send it as the header Authorization: Bearer &lt;key&gt;.</source>
        <translation>יש לשלוח אותו בכותרת Authorization: Bearer &lt;key&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="605"/>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="605"/>
        <source>I have stored it</source>
        <translation>שמרתי אותו</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="625"/>
        <source>Revoke %1?</source>
        <translation>לבטל את %1?</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="632"/>
        <source>“%1” stops working at once: every request with it is refused. This cannot be undone; a service that still needs access needs a new key.</source>
        <translation>המפתח &quot;%1&quot; יפסיק לעבוד מיד: כל בקשה שתשתמש בו תידחה. אי אפשר לחזור מפעולה זו; שירות שעדיין צריך גישה יזדקק למפתח חדש.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="646"/>
        <source>Keep it</source>
        <translation>לא לבטל</translation>
    </message>
    <message>
        <location filename="../ui/pages/ApiKeysPage.qml" line="652"/>
        <source>Revoke key</source>
        <translation>ביטול המפתח</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../ui/AppShell.qml" line="33"/>
        <source>Live updates paused: reconnecting to the database (%1). Data shown may be stale.</source>
        <translation>העדכונים בזמן אמת הושהו: מתחבר מחדש למסד הנתונים (%1). ייתכן שהנתונים המוצגים אינם עדכניים.</translation>
    </message>
</context>
<context>
    <name>AuditEntryDetails</name>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="57"/>
        <source>No entry selected</source>
        <translation>לא נבחרה רשומה</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="58"/>
        <source>Click an entry, or press J, to see who changed what, field by field.</source>
        <translation>יש ללחוץ על רשומה, או על J, כדי לראות מי שינה מה, שדה אחר שדה.</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="120"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="124"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="127"/>
        <source>%1 (%2)</source>
        <comment>@info person (sign-in name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="130"/>
        <source>On behalf of</source>
        <translation>בשם</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="135"/>
        <source>From</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../ui/components/AuditEntryDetails.qml" line="139"/>
        <source>Entry</source>
        <translation>רשומה</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="89"/>
        <source>Export the audit trail as CSV</source>
        <translation>ייצוא יומן הביקורת כ-CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="92"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="92"/>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="114"/>
        <source>Audit trail</source>
        <comment>@title:page</comment>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="115"/>
        <source>Who changed what, when, and from where</source>
        <translation>מי שינה מה, מתי ומאיפה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="116"/>
        <source>%1 · 1 entry shown · J/K to move, Enter to open</source>
        <translation>%1 · מוצגת רשומה אחת · J/K למעבר, Enter לפתיחה</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditTrailPage.qml" line="117"/>
        <source>%1 · %n entries shown · J/K to move, Enter to open</source>
        <translation>
            <numerusform>%1 · רשומות מוצגות: %n · J/K למעבר, Enter לפתיחה</numerusform>
            <numerusform>%1 · רשומות מוצגות: %n · J/K למעבר, Enter לפתיחה</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="141"/>
        <source>Cancel</source>
        <comment>@action:button stop the export</comment>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="149"/>
        <source>Export CSV…</source>
        <comment>@action:button</comment>
        <translation>ייצוא CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="156"/>
        <source>Every entry that matches the filters, not only the ones loaded</source>
        <translation>כל הרשומות שתואמות את המסננים, לא רק אלה שנטענו</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="201"/>
        <source>Search changes, ids, actors and programs   Ctrl+F</source>
        <translation>חיפוש בשינויים, במזהים, במבצעים ובתוכנות   Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="223"/>
        <source>From: YYYY-MM-DD HH:MM</source>
        <translation>מתאריך: YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="237"/>
        <source>To: now</source>
        <translation>עד: עכשיו</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="245"/>
        <location filename="../ui/pages/AuditTrailPage.qml" line="378"/>
        <source>Clear filters</source>
        <translation>ניקוי המסננים</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="259"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="267"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="275"/>
        <source>Resource type</source>
        <translation>סוג משאב</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="284"/>
        <source>Resource id (exact)</source>
        <translation>מזהה משאב (מדויק)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="361"/>
        <source>The audit trail is for managers and admins</source>
        <translation>יומן הביקורת זמין רק למנהלים ולמנהלי מערכת</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="363"/>
        <source>Loading the audit trail…</source>
        <translation>טוען את יומן הביקורת…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="364"/>
        <source>No entries match these filters</source>
        <translation>אין רשומות שתואמות את המסננים האלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="365"/>
        <source>Nothing has been changed yet</source>
        <translation>עדיין לא בוצעו שינויים</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="366"/>
        <source>Ask an admin for the manager role if you need to review changes.</source>
        <translation>אם יש צורך לעבור על שינויים, אפשר לבקש ממנהל/ת מערכת את תפקיד מנהל/ת.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="367"/>
        <source>Check the connection to the database, then press F5 to try again.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5 כדי לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="369"/>
        <source>Widen the time range, or clear the filters to see everything.</source>
        <translation>אפשר להרחיב את טווח הזמן, או לנקות את המסננים כדי לראות הכול.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="370"/>
        <source>Every change to conversations, messages, contacts, templates, people and API keys is recorded here: who made it, when, and from where.</source>
        <translation>כל שינוי בשיחות, בהודעות, באנשי קשר, בתבניות, במשתמשים ובמפתחות API נרשם כאן: מי ביצע אותו, מתי ומאיפה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditTrailPage.qml" line="378"/>
        <source>Try again</source>
        <translation>ניסיון חוזר</translation>
    </message>
</context>
<context>
    <name>CannedResponsesPage</name>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="51"/>
        <source>Canned response /%1, %2</source>
        <translation>תשובה מוכנה /%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="102"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>עריכה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="109"/>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="490"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>מחיקה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="130"/>
        <source>Canned responses</source>
        <comment>@title:page</comment>
        <translation>תשובות מוכנות</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CannedResponsesPage.qml" line="131"/>
        <source>%n saved · type /shortcut in the composer to insert one</source>
        <translation>
            <numerusform>שמורות: %n · כדי להוסיף תשובה, יש להקליד /קיצור בתיבת הכתיבה</numerusform>
            <numerusform>שמורות: %n · כדי להוסיף תשובה, יש להקליד /קיצור בתיבת הכתיבה</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="138"/>
        <source>New canned response…</source>
        <comment>@action:button</comment>
        <translation>תשובה מוכנה חדשה…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="143"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="167"/>
        <source>%1 (click to dismiss)</source>
        <translation>%1 (יש ללחוץ כדי לסגור)</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="184"/>
        <source>Managers can read canned responses; support and admins add and change them.</source>
        <translation>מנהלים יכולים לקרוא את התשובות המוכנות; צוות התמיכה ומנהלי המערכת מוסיפים ומשנים אותן.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="220"/>
        <source>Loading canned responses…</source>
        <translation>טוען תשובות מוכנות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="221"/>
        <source>No canned responses yet</source>
        <translation>אין עדיין תשובות מוכנות</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="222"/>
        <source>Press F5 to try again. If it keeps failing, check that the database is reachable.</source>
        <translation>יש ללחוץ על F5 כדי לנסות שוב. אם הבעיה נמשכת, יש לוודא שמסד הנתונים זמין.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="225"/>
        <source>Press Ctrl+N to save a reply you write often, with a shortcut such as thanks. Then type /thanks in the composer and press Tab to insert it.</source>
        <translation>יש ללחוץ על Ctrl+N כדי לשמור תשובה שכותבים לעיתים קרובות, עם קיצור כמו thanks. אחר כך אפשר להקליד ⁨/thanks⁩ בתיבת הכתיבה וללחוץ על Tab כדי להוסיף אותה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="226"/>
        <source>Support and admins save replies here; everyone then inserts them in the composer by typing /shortcut.</source>
        <translation>צוות התמיכה ומנהלי המערכת שומרים כאן תשובות; אחר כך כל אחד יכול להוסיף אותן בתיבת הכתיבה בהקלדת /קיצור.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="262"/>
        <source>New canned response</source>
        <translation>תשובה מוכנה חדשה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="262"/>
        <source>Edit /%1</source>
        <translation>עריכת ⁨/%1⁩</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="288"/>
        <source>Shortcut</source>
        <translation>קיצור</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="308"/>
        <source>thanks</source>
        <translation>thanks</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="322"/>
        <source>Lower-case letters, digits, - and _; up to 32 characters.</source>
        <translation>אותיות לטיניות קטנות, ספרות, - ו-_; עד 32 תווים.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="327"/>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="336"/>
        <source>e.g. Thank you</source>
        <translation>לדוגמה: תודה רבה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="345"/>
        <source>Shown next to the shortcut when someone types /.</source>
        <translation>מוצגת ליד הקיצור כשמקלידים /.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="350"/>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="363"/>
        <source>The reply it inserts, e.g. Thank you for your patience! Is there anything else I can help with?</source>
        <translation>התשובה שתתווסף, לדוגמה: תודה על הסבלנות! אפשר לעזור במשהו נוסף?</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="376"/>
        <source>Up to 4,096 characters, WhatsApp&apos;s limit for one message.</source>
        <translation>עד 4,096 תווים, המגבלה של WhatsApp להודעה אחת.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="398"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="405"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="405"/>
        <source>Add</source>
        <comment>@action:button</comment>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="405"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="436"/>
        <source>Delete /%1?</source>
        <translation>למחוק את ⁨/%1⁩?</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="460"/>
        <source>Nobody on the team can insert it with /%1 any more. Messages already sent with it stay as they are.</source>
        <translation>אף אחד בצוות לא יוכל עוד להוסיף אותה באמצעות ⁨/%1⁩. הודעות שכבר נשלחו איתה יישארו כפי שהן.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CannedResponsesPage.qml" line="484"/>
        <source>Keep it</source>
        <translation>לא למחוק</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../ui/components/CommandPalette.qml" line="80"/>
        <source>Type an action: assign, resolve, snooze, label, view…</source>
        <comment>@info:placeholder command palette</comment>
        <translation>הקלדת פעולה: שיוך, סימון כטופלה, השהיה, תווית, תצוגה…</translation>
    </message>
    <message>
        <location filename="../ui/components/CommandPalette.qml" line="152"/>
        <source>No action matches “%1”.</source>
        <translation>אין פעולה שתואמת את &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/components/Composer.qml" line="21"/>
        <source>Managers can read conversations but not reply.</source>
        <translation>מנהלים יכולים לקרוא שיחות, אבל לא להשיב בהן.</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="129"/>
        <source>Reply</source>
        <comment>@option:radio composer mode</comment>
        <translation>תשובה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="138"/>
        <source>Private note</source>
        <comment>@option:radio composer mode</comment>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="150"/>
        <source>Only your team sees notes. They are never sent to the customer.</source>
        <translation>רק הצוות רואה הערות. הן אף פעם לא נשלחות ללקוח.</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="199"/>
        <source>Choose template…</source>
        <comment>@action:button</comment>
        <translation>בחירת תבנית…</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="204"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="247"/>
        <source>Write a private note for your team…</source>
        <translation>כתיבת הערה פנימית לצוות…</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="248"/>
        <source>Write a reply… Type / for canned responses</source>
        <translation>כתיבת תשובה… אפשר להקליד / לתשובות מוכנות</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="255"/>
        <source>Private note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="255"/>
        <source>Reply</source>
        <translation>תשובה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="366"/>
        <source>Template</source>
        <comment>@action:button</comment>
        <translation>תבנית</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="370"/>
        <source>Send an approved template (Ctrl+T)</source>
        <translation>שליחת תבנית מאושרת (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="376"/>
        <source>Sending…</source>
        <translation>שולח…</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="377"/>
        <source>Add note</source>
        <comment>@action:button</comment>
        <translation>הוספת הערה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="378"/>
        <source>Send</source>
        <comment>@action:button</comment>
        <translation>שליחה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="397"/>
        <source>Enter adds the note · Shift+Enter for a new line</source>
        <translation>Enter להוספת ההערה · Shift+Enter לשורה חדשה</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="398"/>
        <source>Enter to send · Shift+Enter for a new line · / for canned responses · Ctrl+T for templates</source>
        <translation>Enter לשליחה · Shift+Enter לשורה חדשה · / לתשובות מוכנות · Ctrl+T לתבניות</translation>
    </message>
    <message>
        <location filename="../ui/components/Composer.qml" line="412"/>
        <source>WhatsApp takes at most %1 characters in one message.</source>
        <translation>WhatsApp מקבל עד %1 תווים בהודעה אחת.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../ui/delegates/ConversationDelegate.qml" line="93"/>
        <source>You: </source>
        <comment>@label:prefix of own message</comment>
        <translation>אנחנו: </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delegates/ConversationDelegate.qml" line="104"/>
        <source>%n unread</source>
        <translation>
            <numerusform>לא נקראו: %n</numerusform>
            <numerusform>לא נקראו: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delegates/ConversationDelegate.qml" line="127"/>
        <source>You</source>
        <comment>@label assignee is the signed-in person</comment>
        <translation>אני</translation>
    </message>
    <message>
        <location filename="../ui/delegates/ConversationDelegate.qml" line="129"/>
        <source>Unassigned</source>
        <translation>ללא שיוך</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="235"/>
        <source>Conversations</source>
        <comment>@title:page</comment>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="377"/>
        <source>Loading conversations…</source>
        <translation>טוען שיחות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="26"/>
        <source>Open a conversation first</source>
        <translation>יש לפתוח שיחה קודם</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="91"/>
        <source>Assign to me</source>
        <comment>@action</comment>
        <translation>שיוך אליי</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="93"/>
        <source>Already assigned to you</source>
        <translation>כבר משויכת אליך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="94"/>
        <source>Unassign</source>
        <comment>@action</comment>
        <translation>ביטול השיוך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="96"/>
        <source>Nobody is assigned</source>
        <translation>השיחה לא משויכת לאף אחד</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="100"/>
        <source>Assign to %1</source>
        <comment>@action</comment>
        <translation>שיוך אל %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="102"/>
        <source>Already assigned to %1</source>
        <translation>כבר משויכת אל %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="104"/>
        <source>Resolve</source>
        <comment>@action</comment>
        <translation>סימון כטופלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="105"/>
        <source>Already resolved</source>
        <translation>כבר טופלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="106"/>
        <source>Reopen</source>
        <comment>@action</comment>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="107"/>
        <source>Already open</source>
        <translation>כבר פתוחה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="108"/>
        <source>Set pending</source>
        <comment>@action</comment>
        <translation>העברה להמתנה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="109"/>
        <source>Already pending</source>
        <translation>כבר בהמתנה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="111"/>
        <source>Snooze · %1</source>
        <comment>@action</comment>
        <translation>השהיה · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="113"/>
        <source>Snooze until a date and time…</source>
        <comment>@action</comment>
        <translation>השהיה עד תאריך ושעה…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="115"/>
        <source>Add a label…</source>
        <comment>@action</comment>
        <translation>הוספת תווית…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="118"/>
        <source>Remove label “%1”</source>
        <comment>@action</comment>
        <translation>הסרת התווית &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="120"/>
        <source>Show all conversations</source>
        <comment>@action</comment>
        <translation>תצוגה: כל השיחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="121"/>
        <source>Show conversations assigned to me</source>
        <comment>@action</comment>
        <translation>תצוגה: שיחות המשויכות אליי</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="122"/>
        <source>Show unassigned conversations</source>
        <comment>@action</comment>
        <translation>תצוגה: שיחות ללא שיוך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="123"/>
        <source>Sort by waiting longest</source>
        <comment>@action</comment>
        <translation>מיון לפי זמן ההמתנה הארוך ביותר</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="124"/>
        <location filename="../ui/pages/ConversationsPage.qml" line="126"/>
        <source>Already sorted so</source>
        <translation>כבר ממוין כך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="125"/>
        <source>Sort by last activity</source>
        <comment>@action</comment>
        <translation>מיון לפי הפעילות האחרונה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="127"/>
        <source>Search conversations</source>
        <comment>@action</comment>
        <translation>חיפוש בשיחות</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ConversationsPage.qml" line="236"/>
        <source>%n shown · J/K to move · Ctrl+K for actions</source>
        <translation>
            <numerusform>מוצגת %n שיחה · J/K למעבר · Ctrl+K לפעולות</numerusform>
            <numerusform>מוצגות %n שיחות · J/K למעבר · Ctrl+K לפעולות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="247"/>
        <source>All</source>
        <comment>@title:tab inbox view</comment>
        <translation>הכול</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="248"/>
        <source>Mine</source>
        <comment>@title:tab inbox view</comment>
        <translation>שלי</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="249"/>
        <source>Unassigned</source>
        <comment>@title:tab inbox view</comment>
        <translation>ללא שיוך</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ConversationsPage.qml" line="263"/>
        <source>%n unread</source>
        <translation>
            <numerusform>לא נקראו: %n</numerusform>
            <numerusform>לא נקראו: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="303"/>
        <source>Search name, number or message   Ctrl+F</source>
        <translation>חיפוש לפי שם, מספר או הודעה   Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="330"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="337"/>
        <source>⇅ Waiting longest</source>
        <comment>@action:button sort order</comment>
        <translation>⇅ המתנה ארוכה ראשונה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="338"/>
        <source>⇅ Last activity</source>
        <comment>@action:button sort order</comment>
        <translation>⇅ פעילות אחרונה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="342"/>
        <source>The customer waiting longest first. Click for the most recent activity first.</source>
        <translation>הלקוח שממתין הכי הרבה זמן מופיע ראשון. לחיצה ממיינת לפי הפעילות האחרונה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="343"/>
        <source>Most recent activity first. Click for the customer waiting longest first.</source>
        <translation>הפעילות האחרונה מופיעה ראשונה. לחיצה ממיינת לפי זמן ההמתנה הארוך ביותר.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="378"/>
        <source>No conversations match</source>
        <translation>אין שיחות תואמות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="379"/>
        <source>Nothing assigned to you</source>
        <translation>אין שיחות המשויכות אליך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="380"/>
        <source>Every open conversation has someone on it</source>
        <translation>לכל שיחה פתוחה יש אחראי/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="381"/>
        <source>No open conversations</source>
        <translation>אין שיחות פתוחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="382"/>
        <source>Check the database connection, then press F5 to try again.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5 כדי לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="384"/>
        <source>Clear the search or pick “All statuses” to see more.</source>
        <translation>אפשר לנקות את החיפוש או לבחור &quot;כל הסטטוסים&quot; כדי לראות יותר.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="385"/>
        <source>Open one from Unassigned and press A to take it.</source>
        <translation>אפשר לפתוח שיחה מהתצוגה &quot;ללא שיוך&quot; וללחוץ על A כדי לקחת אותה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="386"/>
        <source>A conversation starts when a customer writes to your WhatsApp number.</source>
        <translation>שיחה נפתחת כשלקוח כותב למספר ה-WhatsApp שלכם.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="454"/>
        <source>Assigned to you</source>
        <translation>משויכת אליך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="455"/>
        <source>Assigned to %1</source>
        <translation>משויכת אל %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="456"/>
        <source>Unassigned</source>
        <translation>ללא שיוך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="457"/>
        <source>Assign (A: to me)</source>
        <translation>שיוך (A: אליי)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="465"/>
        <location filename="../ui/pages/ConversationsPage.qml" line="767"/>
        <source>Snooze</source>
        <comment>@action:button</comment>
        <translation>השהיה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="466"/>
        <source>Hide it until a time; it reopens as soon as the customer writes (S)</source>
        <translation>הסתרת השיחה עד מועד מסוים; היא תיפתח מחדש ברגע שהלקוח יכתוב (S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="474"/>
        <source>Reopen</source>
        <comment>@action:button</comment>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="474"/>
        <source>Resolve</source>
        <comment>@action:button</comment>
        <translation>סימון כטופלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="475"/>
        <source>Reopen (Shift+E)</source>
        <translation>פתיחה מחדש (Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="475"/>
        <source>Resolve (E)</source>
        <translation>סימון כטופלה (E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="485"/>
        <source>Command palette</source>
        <translation>לוח הפקודות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="489"/>
        <source>All actions (Ctrl+K)</source>
        <translation>כל הפעולות (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="527"/>
        <source>Someone else has this conversation open: agree who answers.</source>
        <translation>מישהו נוסף פתח את השיחה הזו: כדאי לתאם מי עונה.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="556"/>
        <source>Add label (L)</source>
        <translation>הוספת תווית (L)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="569"/>
        <source>Read only · %1</source>
        <translation>קריאה בלבד · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="610"/>
        <source>Dismiss</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="643"/>
        <source>Loading messages…</source>
        <translation>טוען הודעות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="643"/>
        <source>No messages in this conversation</source>
        <translation>אין הודעות בשיחה זו</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="671"/>
        <source>Pick one from the list, or press J to start at the top. Ctrl+K lists every action.</source>
        <translation>אפשר לבחור שיחה מהרשימה, או ללחוץ על J כדי להתחיל מהראשונה. Ctrl+K מציג את כל הפעולות.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="681"/>
        <source>Assign to me</source>
        <comment>@action:inmenu</comment>
        <translation>שיוך אליי</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="688"/>
        <source>Unassign</source>
        <comment>@action:inmenu</comment>
        <translation>ביטול השיוך</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="698"/>
        <source>%1 (you)</source>
        <translation>%1 (אני)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="712"/>
        <source>Custom date and time…</source>
        <comment>@action:inmenu snooze</comment>
        <translation>תאריך ושעה אחרים…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="721"/>
        <source>%1  ·  %2</source>
        <comment>@action:inmenu snooze preset: label, wake-up time</comment>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="745"/>
        <source>Snooze until</source>
        <translation>השהיה עד</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="751"/>
        <source>Local time, as YYYY-MM-DD HH:MM. It reopens then, or as soon as the customer writes.</source>
        <translation>שעון מקומי, בתבנית YYYY-MM-DD HH:MM. השיחה תיפתח מחדש במועד הזה, או ברגע שהלקוח יכתוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="762"/>
        <source>YYYY-MM-DD HH:MM</source>
        <comment>@info:placeholder date and time format</comment>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="670"/>
        <source>Select a conversation</source>
        <translation>יש לבחור שיחה</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../ui/components/IncidentBanner.qml" line="24"/>
        <source>New %1 incident: %2. Click to open it.</source>
        <translation>תקרית %1 חדשה: %2. יש ללחוץ כדי לפתוח אותה.</translation>
    </message>
    <message>
        <location filename="../ui/components/IncidentBanner.qml" line="55"/>
        <source>Dismiss</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>IncidentDelegate</name>
    <message>
        <location filename="../ui/delegates/IncidentDelegate.qml" line="33"/>
        <source>%1 incident %2, %3, %4</source>
        <comment>@info accessible: severity, title, status, age</comment>
        <translation>תקרית %1: %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/delegates/IncidentDelegate.qml" line="83"/>
        <source>Unassigned</source>
        <translation>ללא שיוך</translation>
    </message>
</context>
<context>
    <name>IncidentEventDelegate</name>
    <message>
        <location filename="../ui/delegates/IncidentEventDelegate.qml" line="84"/>
        <source>Alert rule</source>
        <translation>כלל התראה</translation>
    </message>
    <message>
        <location filename="../ui/delegates/IncidentEventDelegate.qml" line="200"/>
        <source>- - threshold</source>
        <comment>@info chart legend</comment>
        <translation>- - סף</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="23"/>
        <source>Pick an incident first</source>
        <translation>יש לבחור תקרית קודם</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="123"/>
        <source>Report saved to %1</source>
        <translation>הדוח נשמר בקובץ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="181"/>
        <source>Save incident report</source>
        <translation>שמירת דוח תקרית</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="184"/>
        <source>PDF documents (*.pdf)</source>
        <translation>מסמכי PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="206"/>
        <source>Incidents</source>
        <comment>@title:page</comment>
        <translation>תקריות</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/IncidentsPage.qml" line="207"/>
        <source>%n shown · J/K to move</source>
        <translation>
            <numerusform>מוצגת %n תקרית · J/K למעבר</numerusform>
            <numerusform>מוצגות %n תקריות · J/K למעבר</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="211"/>
        <source>New…</source>
        <comment>@action:button new incident</comment>
        <translation>תקרית חדשה…</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="215"/>
        <source>Open an incident by hand (Ctrl+N)</source>
        <translation>פתיחת תקרית באופן ידני (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="232"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="241"/>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="271"/>
        <source>Loading incidents…</source>
        <translation>טוען תקריות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="272"/>
        <source>No incidents match these filters</source>
        <translation>אין תקריות שתואמות את המסננים האלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="273"/>
        <source>No unresolved incidents.</source>
        <translation>אין תקריות שלא נפתרו.</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="274"/>
        <source>Check the database connection, then press F5 to try again.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5 כדי לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="276"/>
        <source>Pick “Unresolved” and “All severities” to see every open incident.</source>
        <translation>אפשר לבחור &quot;לא נפתרו&quot; ואת &quot;כל רמות החומרה&quot; כדי לראות את כל התקריות הפתוחות.</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="277"/>
        <source>Alert rules open incidents by themselves; Ctrl+N opens one by hand.</source>
        <translation>כללי התראה פותחים תקריות באופן אוטומטי; Ctrl+N פותח תקרית באופן ידני.</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="278"/>
        <source>Alert rules open incidents by themselves; admins can also open one by hand.</source>
        <translation>כללי התראה פותחים תקריות באופן אוטומטי; מנהלי מערכת יכולים גם לפתוח תקרית באופן ידני.</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="302"/>
        <source>Loading the incident…</source>
        <translation>טוען את התקרית…</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="303"/>
        <source>Pick an incident</source>
        <translation>יש לבחור תקרית</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="304"/>
        <source>Pick another incident, or press F5 to reload.</source>
        <translation>אפשר לבחור תקרית אחרת, או ללחוץ על F5 כדי לטעון מחדש.</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="306"/>
        <source>J/K move through the list. A acknowledges, R resolves, N adds a note, Ctrl+P exports a PDF report.</source>
        <translation>J/K למעבר ברשימה. A לאישור קבלה, R לסימון כנפתרה, N להוספת הערה, Ctrl+P לייצוא דוח PDF.</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="307"/>
        <source>J/K move through the list. Ctrl+P exports a PDF report.</source>
        <translation>J/K למעבר ברשימה. Ctrl+P לייצוא דוח PDF.</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="366"/>
        <source>Acknowledge</source>
        <comment>@action:button</comment>
        <translation>אישור קבלה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="370"/>
        <source>Already acknowledged</source>
        <translation>הקבלה כבר אושרה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="371"/>
        <source>Only a triggered incident can be acknowledged</source>
        <translation>אפשר לאשר קבלה רק של תקרית במצב &quot;הופעלה&quot;</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="372"/>
        <source>Say you are on it (A)</source>
        <translation>סימון שהתקרית בטיפולך (A)</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="378"/>
        <source>Resolve…</source>
        <comment>@action:button</comment>
        <translation>סימון כנפתרה…</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="380"/>
        <source>Already resolved</source>
        <translation>כבר נפתרה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="381"/>
        <source>Close it with a summary of what happened (R)</source>
        <translation>סגירת התקרית עם סיכום של מה שקרה (R)</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="387"/>
        <source>Reopen</source>
        <comment>@action:button</comment>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="390"/>
        <source>It is back: set it to triggered again (Shift+R)</source>
        <translation>הבעיה חזרה: החזרת התקרית למצב &quot;הופעלה&quot; (Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="396"/>
        <source>Reassign ▾</source>
        <comment>@action:button</comment>
        <translation>שיוך מחדש ▾</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="399"/>
        <source>Hand it to another admin</source>
        <translation>העברת התקרית למנהל/ת מערכת אחר/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="405"/>
        <source>Severity ▾</source>
        <comment>@action:button</comment>
        <translation>חומרה ▾</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="408"/>
        <source>Change how severe it is</source>
        <translation>שינוי רמת החומרה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="413"/>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="413"/>
        <source>Export PDF…</source>
        <comment>@action:button</comment>
        <translation>ייצוא PDF…</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="415"/>
        <source>Save an incident report as PDF (Ctrl+P)</source>
        <translation>שמירת דוח תקרית כ-PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="519"/>
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="521"/>
        <source>Acknowledged</source>
        <translation>קבלה אושרה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="523"/>
        <source>Resolved</source>
        <translation>נפתרה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="525"/>
        <source>Assignee</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="527"/>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="529"/>
        <source>Condition</source>
        <translation>תנאי</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="560"/>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="580"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="615"/>
        <source>Add a note to the timeline (N) — Ctrl+Enter adds it, Esc leaves</source>
        <translation>הוספת הערה לציר הזמן (N) — Ctrl+Enter להוספה, Esc ליציאה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="637"/>
        <source>Add note</source>
        <comment>@action:button</comment>
        <translation>הוספת הערה</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="655"/>
        <source>Nobody</source>
        <comment>@action:inmenu unassign</comment>
        <translation>ללא אחראי/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/IncidentsPage.qml" line="666"/>
        <source>%1 (you)</source>
        <translation>%1 (אני)</translation>
    </message>
</context>
<context>
    <name>InvitePersonDialog</name>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="80"/>
        <source>%1 can sign in now</source>
        <translation>החשבון של %1 מוכן להתחברות</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="80"/>
        <source>Invite person</source>
        <translation>הזמנת משתמש/ת</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="126"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="134"/>
        <source>e.g. Maria López</source>
        <translation>לדוגמה: מריה לופז</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="148"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="156"/>
        <source>maria.lopez@example.com</source>
        <translation>maria.lopez@example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="171"/>
        <source>Sign-in name</source>
        <translation>שם התחברות</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="179"/>
        <source>maria.lopez</source>
        <translation>maria.lopez</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="194"/>
        <source>Their PostgreSQL login: lower-case letters, digits and _ . -</source>
        <translation>שם המשתמש ב-PostgreSQL: אותיות לטיניות קטנות, ספרות ו-_ . -</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="198"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="218"/>
        <source>%1 Only a super admin can invite admins.</source>
        <translation>%1 רק מנהלי-על יכולים להזמין מנהלי מערכת.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="253"/>
        <source>Invite another</source>
        <translation>הזמנה נוספת</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="253"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="260"/>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="260"/>
        <source>Creating…</source>
        <translation>יוצר…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitePersonDialog.qml" line="260"/>
        <source>Create and show password</source>
        <translation>יצירה והצגת הסיסמה</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../ui/components/KpiTile.qml" line="31"/>
        <source>%1: %2 %3. %4</source>
        <comment>@info accessible KPI tile</comment>
        <translation>%1: %2 %3. %4</translation>
    </message>
</context>
<context>
    <name>LabelChip</name>
    <message>
        <location filename="../ui/components/LabelChip.qml" line="36"/>
        <source>Remove label %1</source>
        <translation>הסרת התווית %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/Main.qml" line="17"/>
        <source>OpsDesk — sign in</source>
        <translation>OpsDesk — התחברות</translation>
    </message>
    <message>
        <location filename="../ui/Main.qml" line="18"/>
        <source>OpsDesk — demo — %1</source>
        <translation>OpsDesk — הדגמה — %1</translation>
    </message>
    <message>
        <location filename="../ui/Main.qml" line="19"/>
        <source>OpsDesk — %1</source>
        <translation>OpsDesk — %1</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../ui/delegates/MessageDelegate.qml" line="91"/>
        <source>Private note · %1 · not sent to the customer</source>
        <translation>הערה פנימית · %1 · לא נשלחת ללקוח</translation>
    </message>
    <message>
        <location filename="../ui/delegates/MessageDelegate.qml" line="92"/>
        <source>Private note · not sent to the customer</source>
        <translation>הערה פנימית · לא נשלחת ללקוח</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="36"/>
        <source>%1 chart, %2 %3</source>
        <comment>@info accessible chart</comment>
        <translation>תרשים %1, %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="42"/>
        <source>Could not save the chart to %1</source>
        <translation>לא ניתן לשמור את התרשים בקובץ %1</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="43"/>
        <source>Chart saved to %1</source>
        <translation>התרשים נשמר בקובץ %1</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="96"/>
        <location filename="../ui/components/MetricChart.qml" line="167"/>
        <source>Export chart as PNG</source>
        <translation>ייצוא התרשים כ-PNG</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="98"/>
        <source>PNG images (*.png)</source>
        <translation>תמונות PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="146"/>
        <source>%1 · %2</source>
        <comment>@info unit · alert rules</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="146"/>
        <source>no unit</source>
        <translation>ללא יחידה</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="147"/>
        <source>1 alert rule</source>
        <translation>כלל התראה אחד</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/components/MetricChart.qml" line="147"/>
        <source>%n alert rules</source>
        <translation>
            <numerusform>%n כלל התראה</numerusform>
            <numerusform>%n כללי התראה</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="170"/>
        <source>Export this chart as a PNG image (Ctrl+E)</source>
        <translation>ייצוא התרשים הזה כתמונת PNG (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="333"/>
        <source>Could not load this chart</source>
        <translation>לא ניתן לטעון את התרשים הזה</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="334"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="335"/>
        <source>No samples in this range yet</source>
        <translation>אין עדיין דגימות בטווח הזה</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="336"/>
        <source>%1. Check the database connection, then press F5.</source>
        <translation>%1. יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5.</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="338"/>
        <source>opsdeskd serve collects every 10 s; points appear here as they arrive.</source>
        <translation>opsdeskd serve אוסף נתונים כל 10 שניות; הנקודות יופיעו כאן ברגע שיגיעו.</translation>
    </message>
    <message>
        <location filename="../ui/components/MetricChart.qml" line="339"/>
        <source>Another service pushes this series through POST /api/v1/metrics; points appear as they arrive.</source>
        <translation>שירות אחר שולח את הסדרה הזו דרך POST /api/v1/metrics; הנקודות יופיעו ברגע שיגיעו.</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="55"/>
        <source>Metrics</source>
        <comment>@title:page</comment>
        <translation>מדדים</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="56"/>
        <source>%1 · %2 · live</source>
        <comment>@info series count · point density</comment>
        <translation>%1 · %2 · בזמן אמת</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="57"/>
        <source>1 series</source>
        <translation>סדרה אחת</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/MetricsPage.qml" line="57"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n סדרה</numerusform>
            <numerusform>%n סדרות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="58"/>
        <source>every sample (10 s)</source>
        <translation>כל דגימה (10 שנ׳)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="59"/>
        <source>one point per minute</source>
        <translation>נקודה אחת לדקה</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="60"/>
        <source>one point per 10 minutes</source>
        <translation>נקודה אחת ל-10 דקות</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="64"/>
        <source>Alert thresholds are visible to managers and admins</source>
        <translation>ספי ההתראה מוצגים רק למנהלים ולמנהלי מערכת</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="136"/>
        <source>Loading the metrics…</source>
        <translation>טוען את המדדים…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="136"/>
        <source>No metric series yet</source>
        <translation>אין עדיין סדרות מדדים</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="137"/>
        <source>Check the database connection, then press F5.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.qml" line="138"/>
        <source>Run opsdeskd migrate: it creates the built-in series, and opsdeskd serve collects them every 10 s.</source>
        <translation>יש להריץ את opsdeskd migrate: הפקודה יוצרת את הסדרות המובנות, ו-opsdeskd serve אוסף אותן כל 10 שניות.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="44"/>
        <source>New incident</source>
        <translation>תקרית חדשה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="69"/>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="78"/>
        <source>What is wrong, e.g. Customers get no delivery receipts</source>
        <translation>מה הבעיה, לדוגמה: לקוחות לא מקבלים אישורי מסירה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="87"/>
        <source>Up to 200 characters.</source>
        <translation>עד 200 תווים.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="98"/>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="113"/>
        <source>Assignee</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="128"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="140"/>
        <source>What you see, since when, who is affected (optional)</source>
        <translation>מה רואים, ממתי ומי מושפע (לא חובה)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="151"/>
        <source>Optional, up to 4,000 characters.</source>
        <translation>לא חובה, עד 4,000 תווים.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="173"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="180"/>
        <source>Opening…</source>
        <translation>פותח…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewIncidentDialog.qml" line="180"/>
        <source>Open incident</source>
        <comment>@action:button</comment>
        <translation>פתיחת תקרית</translation>
    </message>
</context>
<context>
    <name>OutboundPage</name>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="41"/>
        <source>Message to %1, %2</source>
        <translation>הודעה אל %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="112"/>
        <source>Retry</source>
        <comment>@action:button send job</comment>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="131"/>
        <source>Outbound</source>
        <comment>@title:page</comment>
        <translation>הודעות יוצאות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="132"/>
        <source>Not sent: %1 · can be retried: %2</source>
        <translation>הודעות שלא נשלחו: %1 · אפשר לנסות שוב: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="152"/>
        <source>%1 (click to dismiss)</source>
        <translation>%1 (יש ללחוץ כדי לסגור)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="190"/>
        <source>Loading the outbound queue…</source>
        <translation>טוען את תור ההודעות היוצאות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="190"/>
        <source>Every message went out</source>
        <translation>כל ההודעות יצאו</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="191"/>
        <source>Check the database connection, then press F5.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OutboundPage.qml" line="191"/>
        <source>Messages WhatsApp refuses, or that could not be sent after every retry, appear here.</source>
        <translation>כאן יופיעו הודעות ש-WhatsApp דוחה, והודעות שלא נשלחו גם אחרי כל הניסיונות החוזרים.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="39"/>
        <source>Overview</source>
        <comment>@title:page</comment>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="41"/>
        <source>Your WhatsApp business, live</source>
        <translation>העסק שלכם ב-WhatsApp, בזמן אמת</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="88"/>
        <source>Incidents (Ctrl+0) →</source>
        <translation>תקריות (Ctrl+0) ←</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="143"/>
        <source>No metrics yet: run opsdeskd serve, it collects them every 10 s.</source>
        <translation>אין עדיין מדדים: יש להריץ את opsdeskd serve, שאוסף אותם כל 10 שניות.</translation>
    </message>
</context>
<context>
    <name>PersonConfirmDialog</name>
    <message>
        <location filename="../ui/dialogs/PersonConfirmDialog.qml" line="67"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>PersonDelegate</name>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="64"/>
        <source>%1, %2, %3</source>
        <comment>@info:accessible person row: name, role, status</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="116"/>
        <source>You</source>
        <comment>@label:chip the signed-in person&apos;s own row</comment>
        <translation>אני</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="138"/>
        <source>Signs in as “%1”</source>
        <translation>מתחבר/ת בתור &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="188"/>
        <source>Actions for %1</source>
        <translation>פעולות עבור %1</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="191"/>
        <source>Change role, reset password, deactivate</source>
        <translation>שינוי תפקיד, איפוס סיסמה, השבתה</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="201"/>
        <source>Change role…</source>
        <translation>שינוי תפקיד…</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="206"/>
        <source>Reset password…</source>
        <translation>איפוס סיסמה…</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="214"/>
        <source>Deactivate…</source>
        <translation>השבתה…</translation>
    </message>
    <message>
        <location filename="../ui/delegates/PersonDelegate.qml" line="221"/>
        <source>Reactivate</source>
        <translation>הפעלה מחדש</translation>
    </message>
</context>
<context>
    <name>PersonRoleDialog</name>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="33"/>
        <source>Change the role of %1</source>
        <translation>שינוי התפקיד של %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="59"/>
        <source>Now: %1. The new role applies from their next query; what they may see and change follows it at once.</source>
        <translation>התפקיד הנוכחי: %1. התפקיד החדש חל החל מהשאילתה הבאה; ההרשאות לצפייה ולשינוי מתעדכנות בהתאם באופן מיידי.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="100"/>
        <source>Only a super admin can make someone an admin.</source>
        <translation>רק מנהלי-על יכולים להעניק תפקיד מנהל/ת מערכת.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="117"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PersonRoleDialog.qml" line="123"/>
        <source>Change role</source>
        <translation>שינוי תפקיד</translation>
    </message>
</context>
<context>
    <name>ResolveIncidentDialog</name>
    <message>
        <location filename="../ui/dialogs/ResolveIncidentDialog.qml" line="38"/>
        <source>Resolve “%1”</source>
        <translation>סימון &quot;%1&quot; כנפתרה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResolveIncidentDialog.qml" line="63"/>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResolveIncidentDialog.qml" line="75"/>
        <source>What happened, what fixed it, and what follows, e.g. The Cloud API rejected our token; rotated it at 14:20 and the failures stopped.</source>
        <translation>מה קרה, מה פתר את הבעיה ומה הצעדים הבאים, לדוגמה: ה-Cloud API דחה את הטוקן שלנו; החלפנו אותו ב-14:20 והכשלים נפסקו.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResolveIncidentDialog.qml" line="94"/>
        <source>Required. It goes into the timeline and the incident report. Ctrl+Enter resolves.</source>
        <translation>שדה חובה. הסיכום נכנס לציר הזמן ולדוח התקרית. Ctrl+Enter מסמן את התקרית כנפתרה.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResolveIncidentDialog.qml" line="116"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResolveIncidentDialog.qml" line="123"/>
        <source>Resolving…</source>
        <translation>מסמן כנפתרה…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResolveIncidentDialog.qml" line="123"/>
        <source>Resolve</source>
        <comment>@action:button</comment>
        <translation>סימון כנפתרה</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="37"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="46"/>
        <source>Overview</source>
        <comment>@title:page</comment>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="54"/>
        <source>Metrics</source>
        <comment>@title:page</comment>
        <translation>מדדים</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="63"/>
        <source>Incidents</source>
        <comment>@title:page</comment>
        <translation>תקריות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="72"/>
        <source>Alert rules</source>
        <comment>@title:page</comment>
        <translation>כללי התראה</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="80"/>
        <source>Conversations</source>
        <comment>@title:page</comment>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="88"/>
        <source>Webhook events</source>
        <comment>@title:page</comment>
        <translation>אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="97"/>
        <source>Audit trail</source>
        <comment>@title:page</comment>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="106"/>
        <source>People</source>
        <comment>@title:page</comment>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="115"/>
        <source>API keys</source>
        <comment>@title:page</comment>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="124"/>
        <source>Outbound</source>
        <comment>@title:page</comment>
        <translation>הודעות יוצאות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="132"/>
        <source>Canned responses</source>
        <comment>@title:page</comment>
        <translation>תשובות מוכנות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="185"/>
        <source>Sign out</source>
        <translation>התנתקות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="202"/>
        <source>Sign out and try another demo person</source>
        <translation>התנתקות וכניסה להדגמה בתור משתמש/ת אחר/ת</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="203"/>
        <source>Sign out: every connection of this session closes</source>
        <translation>התנתקות: כל החיבורים של הכניסה הנוכחית ייסגרו</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="73"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="81"/>
        <source>Sign in with your own account. What you can see and change is decided by the database for your role.</source>
        <translation>יש להתחבר עם החשבון האישי. מסד הנתונים קובע מה אפשר לראות ולשנות לפי התפקיד שלך.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="93"/>
        <source>Try the demo as</source>
        <translation>כניסה להדגמה בתור</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="165"/>
        <location filename="../ui/pages/SignInPage.qml" line="366"/>
        <source>Sign in</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="178"/>
        <source>Saved server: %1</source>
        <translation>שרת שמור: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="189"/>
        <source>Server</source>
        <translation>שרת</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="195"/>
        <source>Port</source>
        <translation>פורט</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="205"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="220"/>
        <source>Database</source>
        <translation>מסד נתונים</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="226"/>
        <source>Encryption (TLS)</source>
        <translation>הצפנה (TLS)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="245"/>
        <source>Off</source>
        <translation>כבויה</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="246"/>
        <source>If available</source>
        <translation>אם זמינה</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="247"/>
        <source>Required</source>
        <translation>נדרשת</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="248"/>
        <source>Verify certificate</source>
        <translation>אימות תעודה</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="249"/>
        <source>Verify certificate and host</source>
        <translation>אימות תעודה ושם השרת</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="257"/>
        <source>Sign-in name</source>
        <translation>שם התחברות</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="266"/>
        <source>e.g. maria.lopez</source>
        <translation>לדוגמה: maria.lopez</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="271"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="284"/>
        <source>Remember me on this computer (password kept in the system keychain)</source>
        <translation>לזכור אותי במחשב הזה (הסיסמה נשמרת במחזיק המפתחות של המערכת)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="315"/>
        <source>Hide details</source>
        <translation>הסתרת הפרטים</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="315"/>
        <source>Show details</source>
        <translation>הצגת הפרטים</translation>
    </message>
    <message>
        <location filename="../ui/pages/SignInPage.qml" line="357"/>
        <source>Signing in…</source>
        <translation>מתבצעת התחברות…</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="41"/>
        <source>Send a template</source>
        <comment>@title:window</comment>
        <translation>שליחת תבנית</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="71"/>
        <source>Approved by WhatsApp in advance, templates can be sent at any time, also after the 24-hour customer service window has closed.</source>
        <translation>תבניות מאושרות מראש על ידי WhatsApp, ולכן אפשר לשלוח אותן בכל עת, גם אחרי שחלון השירות של 24 השעות נסגר.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="96"/>
        <source>Search templates by name</source>
        <translation>חיפוש תבניות לפי שם</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="173"/>
        <source>%1 · %2 · %n parameter(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n פרמטר</numerusform>
            <numerusform>%1 · %2 · %n פרמטרים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="174"/>
        <source>%1 · %2 · no parameters</source>
        <translation>%1 · %2 · ללא פרמטרים</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="189"/>
        <source>Loading templates…</source>
        <translation>טוען תבניות…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="190"/>
        <source>No template matches “%1”</source>
        <translation>אין תבנית שתואמת את &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="191"/>
        <source>No approved templates</source>
        <translation>אין תבניות מאושרות</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="193"/>
        <source>Try part of the name.</source>
        <translation>אפשר לנסות חלק מהשם.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="194"/>
        <source>Create templates in WhatsApp Manager; once Meta approves them, opsdeskd syncs them here.</source>
        <translation>יש ליצור תבניות ב-WhatsApp Manager; אחרי ש-Meta מאשרת אותן, opsdeskd מסנכרן אותן לכאן.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="211"/>
        <source>Choose a template</source>
        <translation>יש לבחור תבנית</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="212"/>
        <source>Its parameters and a preview of the message appear here.</source>
        <translation>הפרמטרים של התבנית ותצוגה מקדימה של ההודעה יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="271"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="356"/>
        <source>Sync from WhatsApp</source>
        <comment>@action:button</comment>
        <translation>סנכרון מ-WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="361"/>
        <source>Templates approved in WhatsApp Manager since the last sync appear here within seconds.</source>
        <translation>תבניות שאושרו ב-WhatsApp Manager מאז הסנכרון האחרון יופיעו כאן תוך שניות.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="368"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="374"/>
        <source>Sending…</source>
        <translation>שולח…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="374"/>
        <source>Send template</source>
        <comment>@action:button</comment>
        <translation>שליחת התבנית</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="422"/>
        <source>Value for {{%1}}</source>
        <translation>ערך עבור {{%1}}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplatePickerDialog.qml" line="423"/>
        <source>Parameter %1</source>
        <translation>פרמטר %1</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordDialog.qml" line="26"/>
        <source>New password for %1</source>
        <translation>סיסמה חדשה עבור %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordDialog.qml" line="62"/>
        <source>Done</source>
        <translation>סיום</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordView</name>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordView.qml" line="36"/>
        <source>%1 signs in as “%2” with this temporary password:</source>
        <translation>כדי להתחבר, %1 משתמש/ת בשם ההתחברות &quot;%2&quot; ובסיסמה הזמנית הזו:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordView.qml" line="71"/>
        <source>Copied ✓</source>
        <translation>הועתק ✓</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordView.qml" line="71"/>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemporaryPasswordView.qml" line="78"/>
        <source>This is the only time the password is shown; OpsDesk does not keep it. Hand it over privately. If it gets lost, reset the password again.</source>
        <translation>זו הפעם היחידה שהסיסמה מוצגת; OpsDesk לא שומר אותה. יש למסור אותה באופן פרטי. אם היא תאבד, יש לאפס את הסיסמה שוב.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="88"/>
        <source>People</source>
        <comment>@title:page</comment>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="90"/>
        <source>%1 in total · %2 active · each signs in with their own database role</source>
        <translation>סה״כ %1 · פעילים: %2 · כל אחד מתחבר עם חשבון משלו במסד הנתונים</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="91"/>
        <source>Everyone who signs in to OpsDesk</source>
        <translation>כל מי שמתחבר ל-OpsDesk</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="101"/>
        <source>Filter by name, e-mail, role… (Ctrl+F)</source>
        <translation>סינון לפי שם, דוא״ל, תפקיד… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="105"/>
        <source>Filter people</source>
        <translation>סינון משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="109"/>
        <source>Invite person</source>
        <translation>הזמנת משתמש/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="115"/>
        <source>Create an account with a temporary password (Ctrl+N)</source>
        <translation>יצירת חשבון עם סיסמה זמנית (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="146"/>
        <source>Dismiss</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="189"/>
        <source>Person</source>
        <translation>משתמש/ת</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="193"/>
        <source>Sign-in name</source>
        <translation>שם התחברות</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="197"/>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="201"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="205"/>
        <source>Last seen</source>
        <translation>פעילות אחרונה</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="232"/>
        <source>Reset the password of %1?</source>
        <translation>לאפס את הסיסמה של %1?</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="233"/>
        <source>%1 gets a new temporary password, shown to you once. Their current password stops working now; sessions already open stay open.</source>
        <translation>עבור %1 תיווצר סיסמה זמנית חדשה, שתוצג לך פעם אחת בלבד. הסיסמה הנוכחית תפסיק לעבוד מיד; חיבורים שכבר פתוחים יישארו פתוחים.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="234"/>
        <source>Reset password</source>
        <translation>איפוס סיסמה</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="237"/>
        <source>Deactivate %1?</source>
        <translation>להשבית את %1?</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="238"/>
        <source>%1 is signed out everywhere at once: every open session of theirs ends now, and signing in is refused until someone reactivates them. Nothing they did is deleted.</source>
        <translation>החשבון של %1 יתנתק מיד בכל מקום: כל החיבורים הפתוחים שלו מסתיימים עכשיו, וההתחברות תיחסם עד שמישהו יפעיל אותו מחדש. שום דבר שנעשה בחשבון לא יימחק.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="239"/>
        <source>Deactivate</source>
        <translation>השבתה</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="250"/>
        <source>Loading people…</source>
        <translation>טוען משתמשים…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="251"/>
        <source>Nobody matches “%1”</source>
        <translation>אין משתמשים שתואמים את &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="252"/>
        <source>No people yet</source>
        <translation>אין עדיין משתמשים</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="253"/>
        <source>Check the connection to the database, then press F5 to try again.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים, ואז ללחוץ על F5 כדי לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="253"/>
        <source>Ask an admin if you need to manage people.</source>
        <translation>אם יש צורך לנהל משתמשים, אפשר לפנות למנהל/ת מערכת.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="255"/>
        <source>Clear the filter (Esc) to see everyone.</source>
        <translation>אפשר לנקות את הסינון (Esc) כדי לראות את כולם.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.qml" line="256"/>
        <source>Invite the first person with “Invite person” (Ctrl+N). They get a temporary password to sign in with, shown to you once.</source>
        <translation>אפשר להזמין את המשתמש/ת הראשון/ה באמצעות &quot;הזמנת משתמש/ת&quot; (Ctrl+N). תיווצר סיסמה זמנית להתחברות, שתוצג לך פעם אחת בלבד.</translation>
    </message>
</context>
<context>
    <name>WebhookEventDelegate</name>
    <message>
        <location filename="../ui/delegates/WebhookEventDelegate.qml" line="69"/>
        <source>Signed</source>
        <translation>חתום</translation>
    </message>
    <message>
        <location filename="../ui/delegates/WebhookEventDelegate.qml" line="69"/>
        <source>Unsigned</source>
        <translation>לא חתום</translation>
    </message>
</context>
<context>
    <name>WebhookEventsPage</name>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="51"/>
        <source>Webhook events</source>
        <comment>@title:page</comment>
        <translation>אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="52"/>
        <source>Newest first · %1 loaded · J/K to move</source>
        <translation>החדשים ראשונים · נטענו: %1 · J/K למעבר</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="80"/>
        <source>Loading webhook events…</source>
        <translation>טוען אירועי Webhook…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="80"/>
        <source>No webhook events yet</source>
        <translation>אין עדיין אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="81"/>
        <source>Events appear here the moment WhatsApp delivers them to opsdeskd serve.</source>
        <translation>האירועים יופיעו כאן ברגע ש-WhatsApp מוסר אותם ל-opsdeskd serve.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="102"/>
        <source>Payload</source>
        <translation>תוכן האירוע</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="103"/>
        <source>Event #%1</source>
        <translation>אירוע מס׳ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="103"/>
        <source>Select an event to see what WhatsApp sent</source>
        <translation>יש לבחור אירוע כדי לראות מה WhatsApp שלח</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="130"/>
        <source>No event selected</source>
        <translation>לא נבחר אירוע</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="131"/>
        <source>Click an event, or press J.</source>
        <translation>יש ללחוץ על אירוע, או על J.</translation>
    </message>
</context>
<context>
    <name>opsdesk::AlertRuleListModel</name>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="114"/>
        <source>Recovers as soon as the condition clears</source>
        <translation>מתאושש ברגע שהתנאי מפסיק להתקיים</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="115"/>
        <source>Recovers after %1 clear</source>
        <translation>מתאושש אחרי %1 ללא חריגה</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="131"/>
        <source>Off</source>
        <comment>@label alert rule switched off</comment>
        <translation>כבוי</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="134"/>
        <source>Pending since %1</source>
        <translation>ממתין מאז %1</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="137"/>
        <source>Alerting since %1</source>
        <translation>בהתראה מאז %1</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="140"/>
        <source>Recovering since %1</source>
        <translation>מתאושש מאז %1</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="142"/>
        <source>Normal</source>
        <comment>@label alert rule state</comment>
        <translation>תקין</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="159"/>
        <source>No recent sample</source>
        <translation>אין דגימה עדכנית</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="161"/>
        <source>Last value %1 at %2</source>
        <translation>ערך אחרון: %1 ב-%2</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="204"/>
        <source>Managers can read alert rules; only admins add and change them.</source>
        <translation>מנהלים יכולים לקרוא כללי התראה; רק מנהלי מערכת מוסיפים ומשנים אותם.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="224"/>
        <source>&gt; above</source>
        <comment>@item comparator</comment>
        <translation>&gt; מעל</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="225"/>
        <source>≥ at or above</source>
        <comment>@item comparator</comment>
        <translation>≥ מעל או שווה</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="226"/>
        <source>&lt; below</source>
        <comment>@item comparator</comment>
        <translation>&lt; מתחת</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="227"/>
        <source>≤ at or below</source>
        <comment>@item comparator</comment>
        <translation>≤ מתחת או שווה</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="262"/>
        <source>Name the rule: it becomes the title of the incidents it opens.</source>
        <translation>יש לתת לכלל שם: הוא ישמש ככותרת של התקריות שהכלל פותח.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="265"/>
        <source>The name has %1 characters; at most %2 fit.</source>
        <translation>השם מכיל %1 תווים; מותרים עד %2.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="269"/>
        <location filename="../models/alertrulelistmodel.cpp" line="482"/>
        <source>A rule named “%1” already exists.</source>
        <translation>כבר קיים כלל בשם &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="282"/>
        <source>Pick the metric the rule watches.</source>
        <translation>יש לבחור את המדד שהכלל עוקב אחריו.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="288"/>
        <source>Enter the threshold the metric is compared with, e.g. 25.</source>
        <translation>יש להזין את הסף שאליו המדד מושווה, לדוגמה 25.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="291"/>
        <source>The threshold must be a number, e.g. 25 or 0.5.</source>
        <translation>הסף חייב להיות מספר, לדוגמה 25 או 0.5.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="299"/>
        <source>Enter whole seconds from 0 to %1 (24 h).</source>
        <translation>יש להזין מספר שלם של שניות, מ-0 עד %1 (24 שע׳).</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="381"/>
        <source>Only managers and admins see alert rules.</source>
        <translation>רק מנהלים ומנהלי מערכת יכולים לראות כללי התראה.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="398"/>
        <source>Could not load alert rules: %1</source>
        <translation>לא ניתן לטעון את כללי ההתראה: %1</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="438"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="449"/>
        <location filename="../models/alertrulelistmodel.cpp" line="505"/>
        <source>Sign in to change alert rules.</source>
        <translation>יש להתחבר כדי לשנות כללי התראה.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="475"/>
        <location filename="../models/alertrulelistmodel.cpp" line="489"/>
        <location filename="../models/alertrulelistmodel.cpp" line="531"/>
        <source>Could not save: %1</source>
        <translation>לא ניתן לשמור: %1</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="484"/>
        <source>This metric no longer exists; pick another.</source>
        <translation>המדד הזה כבר לא קיים; יש לבחור מדד אחר.</translation>
    </message>
    <message>
        <location filename="../models/alertrulelistmodel.cpp" line="487"/>
        <location filename="../models/alertrulelistmodel.cpp" line="519"/>
        <source>Your role may read alert rules but not change them (%1).</source>
        <translation>התפקיד שלך מאפשר לקרוא כללי התראה, אבל לא לשנות אותם (%1).</translation>
    </message>
</context>
<context>
    <name>opsdesk::ApiKeyListModel</name>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="64"/>
        <source>Database owner</source>
        <translation>הבעלים של מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="72"/>
        <source>Never used</source>
        <translation>טרם נעשה שימוש</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="78"/>
        <source>Active</source>
        <comment>@label API key state</comment>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="79"/>
        <source>Revoked</source>
        <comment>@label API key state</comment>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="81"/>
        <source>Revoked %1</source>
        <translation>בוטל: %1</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="108"/>
        <source>Read conversations, contacts and messages.</source>
        <translation>קריאת שיחות, אנשי קשר והודעות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="109"/>
        <source>Change conversations: status, assignee, labels.</source>
        <translation>שינוי שיחות: סטטוס, אחראי/ת, תוויות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="110"/>
        <source>Send WhatsApp messages and templates to customers.</source>
        <translation>שליחת הודעות ותבניות WhatsApp ללקוחות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="111"/>
        <source>Read message templates and their approval status.</source>
        <translation>קריאת תבניות הודעה וסטטוס האישור שלהן.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="112"/>
        <source>Read metric series and samples.</source>
        <translation>קריאת סדרות מדדים ודגימות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="113"/>
        <source>Push metric samples.</source>
        <translation>שליחת דגימות מדדים.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="114"/>
        <source>Read incidents and their timelines.</source>
        <translation>קריאת תקריות וצירי הזמן שלהן.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="115"/>
        <source>Open, acknowledge and resolve incidents.</source>
        <translation>פתיחת תקריות, אישור קבלה שלהן וסימונן כנפתרו.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="116"/>
        <source>Create and update orders.</source>
        <translation>יצירה ועדכון של הזמנות.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="117"/>
        <source>Read the audit trail.</source>
        <translation>קריאת יומן הביקורת.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="141"/>
        <source>Only managers and admins can see API keys.</source>
        <translation>רק מנהלים ומנהלי מערכת יכולים לראות מפתחות API.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="148"/>
        <source>Give the key a name that says what will use it.</source>
        <translation>יש לתת למפתח שם שמתאר מה ישתמש בו.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="152"/>
        <source>The name is longer than %1 characters.</source>
        <translation>השם ארוך מ-%1 תווים.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="156"/>
        <source>Choose at least one scope.</source>
        <translation>יש לבחור לפחות הרשאה (scope) אחת.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="179"/>
        <source>Could not load API keys: %1</source>
        <translation>לא ניתן לטעון את מפתחות ה-API: %1</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="204"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="215"/>
        <source>Sign in to create API keys.</source>
        <translation>יש להתחבר כדי ליצור מפתחות API.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="230"/>
        <source>Could not create the key: %1</source>
        <translation>לא ניתן ליצור את המפתח: %1</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="245"/>
        <source>Sign in to revoke API keys.</source>
        <translation>יש להתחבר כדי לבטל מפתחות API.</translation>
    </message>
    <message>
        <location filename="../models/apikeylistmodel.cpp" line="259"/>
        <source>Could not revoke %1: %2</source>
        <translation>לא ניתן לבטל את %1: %2</translation>
    </message>
</context>
<context>
    <name>opsdesk::AuditLogModel</name>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="31"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="32"/>
        <source>Changed</source>
        <translation>שונה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="33"/>
        <source>Deleted</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="34"/>
        <source>Emptied</source>
        <translation>רוקן</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="35"/>
        <source>Pruned</source>
        <translation>נוקה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="54"/>
        <source>Person</source>
        <translation>משתמש/ת</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="55"/>
        <source>Contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="56"/>
        <source>Conversation</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="57"/>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="58"/>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="59"/>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="60"/>
        <source>Audit trail</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="62"/>
        <source>Webhook event</source>
        <translation>אירוע Webhook</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="70"/>
        <source>People</source>
        <translation>משתמשים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="71"/>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="72"/>
        <source>Conversations</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="73"/>
        <source>Messages</source>
        <translation>הודעות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="74"/>
        <source>Templates</source>
        <translation>תבניות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="75"/>
        <source>API keys</source>
        <translation>מפתחות API</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="76"/>
        <source>Audit trail (retention)</source>
        <translation>יומן ביקורת (מדיניות שמירה)</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="78"/>
        <source>Webhook events</source>
        <translation>אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="95"/>
        <source>%1 %2</source>
        <comment>@label resource type, short id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="119"/>
        <source>Local connection</source>
        <translation>חיבור מקומי</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="187"/>
        <source>%1: %2 → %3</source>
        <comment>@info field: before → after</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="189"/>
        <location filename="../models/auditlogmodel.cpp" line="191"/>
        <location filename="../models/auditlogmodel.cpp" line="894"/>
        <source>empty</source>
        <translation>ריק</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="200"/>
        <source>, +%n more</source>
        <comment>@info more changed fields</comment>
        <translation>
            <numerusform>, ועוד %n</numerusform>
            <numerusform>, ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="205"/>
        <source>Every row removed (TRUNCATE)</source>
        <translation>כל השורות נמחקו (TRUNCATE)</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="212"/>
        <source>Removed 1 entry older than %1</source>
        <translation>הוסרה רשומה אחת מלפני %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="213"/>
        <source>Removed %n entries older than %1</source>
        <translation>
            <numerusform>הוסרה %n רשומה מלפני %1</numerusform>
            <numerusform>הוסרו %n רשומות מלפני %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="223"/>
        <source>%1: “%2”</source>
        <comment>@info field: value</comment>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="227"/>
        <source>1 field</source>
        <translation>שדה אחד</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="228"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n שדה</numerusform>
            <numerusform>%n שדות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="526"/>
        <source>“%1” is not a date. Use YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>הערך &quot;%1&quot; אינו תאריך. יש להשתמש בתבנית YYYY-MM-DD או YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="537"/>
        <source>The end of the range is before its start.</source>
        <translation>סוף הטווח מוקדם מתחילתו.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="546"/>
        <location filename="../models/auditlogmodel.cpp" line="639"/>
        <source>Last hour</source>
        <translation>השעה האחרונה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="548"/>
        <location filename="../models/auditlogmodel.cpp" line="639"/>
        <source>Last 24 hours</source>
        <translation>24 השעות האחרונות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="550"/>
        <location filename="../models/auditlogmodel.cpp" line="640"/>
        <source>Last 7 days</source>
        <translation>7 הימים האחרונים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="552"/>
        <location filename="../models/auditlogmodel.cpp" line="640"/>
        <source>Last 30 days</source>
        <translation>30 הימים האחרונים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="554"/>
        <location filename="../models/auditlogmodel.cpp" line="572"/>
        <location filename="../models/auditlogmodel.cpp" line="641"/>
        <source>All time</source>
        <translation>כל הזמנים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="564"/>
        <source>%1 – %2</source>
        <comment>@info time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="567"/>
        <source>Since %1</source>
        <translation>מאז %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="570"/>
        <source>Before %1</source>
        <translation>לפני %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="586"/>
        <source>Searches with three letters or digits in a row use the index; this one reads the whole trail and may take a while.</source>
        <translation>חיפוש של שלוש אותיות או ספרות רצופות משתמש באינדקס; החיפוש הזה קורא את כל היומן ועשוי להימשך זמן מה.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="627"/>
        <source>Any action</source>
        <translation>כל הפעולות</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="641"/>
        <source>Custom range…</source>
        <translation>טווח מותאם אישית…</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="727"/>
        <source>Could not load the audit trail: %1</source>
        <translation>לא ניתן לטעון את יומן הביקורת: %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="782"/>
        <source>Anyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="800"/>
        <source>Any resource</source>
        <translation>כל המשאבים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="838"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="924"/>
        <source>1 field changed</source>
        <translation>שדה אחד שונה</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="924"/>
        <source>%n fields changed</source>
        <translation>
            <numerusform>שונה %n שדה</numerusform>
            <numerusform>שונו %n שדות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="926"/>
        <source>Created with these values</source>
        <translation>נוצר עם הערכים האלה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="928"/>
        <source>Deleted; it had these values</source>
        <translation>נמחק; אלה היו הערכים שלו</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="930"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="942"/>
        <source>Finding the conversation…</source>
        <translation>מאתר את השיחה…</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="946"/>
        <source>Open People</source>
        <translation>פתיחת דף המשתמשים</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="949"/>
        <source>Open API keys</source>
        <translation>פתיחת מפתחות ה-API</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="952"/>
        <source>Open webhook events</source>
        <translation>פתיחת אירועי ה-Webhook</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="973"/>
        <source>Could not find the conversation: %1</source>
        <translation>לא ניתן למצוא את השיחה: %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="975"/>
        <source>This contact has no conversation</source>
        <translation>לאיש הקשר הזה אין שיחה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="976"/>
        <source>The message no longer exists</source>
        <translation>ההודעה כבר לא קיימת</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="977"/>
        <source>The conversation no longer exists</source>
        <translation>השיחה כבר לא קיימת</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="981"/>
        <source>Open conversation</source>
        <translation>פתיחת השיחה</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1061"/>
        <source>Choose a file on this computer to export to.</source>
        <translation>יש לבחור קובץ במחשב הזה שאליו ייוצא היומן.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1068"/>
        <source>Only managers and admins can export the audit trail.</source>
        <translation>רק מנהלים ומנהלי מערכת יכולים לייצא את יומן הביקורת.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1072"/>
        <source>Wait for the audit trail to load, then export.</source>
        <translation>יש להמתין לטעינת יומן הביקורת, ואז לייצא.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1077"/>
        <source>Counting entries…</source>
        <translation>סופר רשומות…</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1087"/>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1111"/>
        <source>Export failed: %1</source>
        <translation>הייצוא נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1113"/>
        <source>Export cancelled; no file was written.</source>
        <translation>הייצוא בוטל; לא נכתב קובץ.</translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1118"/>
        <source>Saved 1 entry to %1</source>
        <translation>נשמרה רשומה אחת בקובץ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/auditlogmodel.cpp" line="1118"/>
        <source>Saved %n entries to %1</source>
        <translation>
            <numerusform>נשמרה %n רשומה בקובץ %1</numerusform>
            <numerusform>נשמרו %n רשומות בקובץ %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="1136"/>
        <source>%1 of %2 entries</source>
        <translation>%1 מתוך %2 רשומות</translation>
    </message>
</context>
<context>
    <name>opsdesk::CannedResponseModel</name>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="94"/>
        <source>Give it a shortcut, e.g. thanks: typing /thanks in the composer inserts it.</source>
        <translation>יש לתת לה קיצור, לדוגמה thanks: הקלדת ⁨/thanks⁩ בתיבת הכתיבה תוסיף אותה.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="97"/>
        <source>A shortcut has at most %1 characters.</source>
        <translation>קיצור יכול להכיל עד %1 תווים.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="100"/>
        <source>Use letters a–z, digits, - and _ only, starting with a letter or digit.</source>
        <translation>מותרים רק a–z, ספרות, - ו-_, והתו הראשון חייב להיות אות או ספרה.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="105"/>
        <location filename="../models/cannedresponsemodel.cpp" line="302"/>
        <source>A canned response /%1 already exists.</source>
        <translation>כבר קיימת תשובה מוכנה ⁨/%1⁩.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="115"/>
        <source>Give it a title, so people know what it says.</source>
        <translation>יש לתת לה כותרת, כדי שיהיה ברור מה כתוב בה.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="118"/>
        <source>The title has %1 characters; at most %2 fit.</source>
        <translation>הכותרת מכילה %1 תווים; מותרים עד %2.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="127"/>
        <source>Write the text it inserts.</source>
        <translation>יש לכתוב את הטקסט שהיא מוסיפה.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="130"/>
        <source>The text has %1 characters; WhatsApp takes at most %2.</source>
        <translation>הטקסט מכיל %1 תווים; WhatsApp מקבל עד %2.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="261"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="228"/>
        <source>Could not load canned responses: %1</source>
        <translation>לא ניתן לטעון את התשובות המוכנות: %1</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="272"/>
        <location filename="../models/cannedresponsemodel.cpp" line="333"/>
        <source>Sign in to change canned responses.</source>
        <translation>יש להתחבר כדי לשנות תשובות מוכנות.</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="294"/>
        <location filename="../models/cannedresponsemodel.cpp" line="315"/>
        <source>Could not save: %1</source>
        <translation>לא ניתן לשמור: %1</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="313"/>
        <source>Your role may read canned responses but not change them (%1).</source>
        <translation>התפקיד שלך מאפשר לקרוא תשובות מוכנות, אבל לא לשנות אותן (%1).</translation>
    </message>
    <message>
        <location filename="../models/cannedresponsemodel.cpp" line="349"/>
        <source>Could not delete: %1</source>
        <translation>לא ניתן למחוק: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::ComposerController</name>
    <message>
        <location filename="../models/composercontroller.cpp" line="144"/>
        <source>%1 / %2</source>
        <comment>@info characters typed / limit</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="184"/>
        <source>Window closed</source>
        <translation>חלון השירות סגור</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="195"/>
        <source>The customer has not written yet. WhatsApp only allows an approved template to start the conversation.</source>
        <translation>הלקוח עדיין לא כתב. ב-WhatsApp אפשר לפתוח את השיחה רק באמצעות תבנית מאושרת.</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="199"/>
        <source>The 24-hour customer service window has closed. WhatsApp only allows approved templates now.</source>
        <translation>חלון השירות של 24 השעות נסגר. מעכשיו WhatsApp מאפשר לשלוח רק תבניות מאושרות.</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="202"/>
        <source>The 24-hour customer service window closed on %1. WhatsApp only allows approved templates now.</source>
        <translation>חלון השירות של 24 השעות נסגר ב-%1. מעכשיו WhatsApp מאפשר לשלוח רק תבניות מאושרות.</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="364"/>
        <source>Could not check the customer service window: %1</source>
        <translation>לא ניתן לבדוק את חלון השירות: %1</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="382"/>
        <source>Sign in to write to customers.</source>
        <translation>יש להתחבר כדי לכתוב ללקוחות.</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="398"/>
        <location filename="../models/composercontroller.cpp" line="402"/>
        <location filename="../models/composercontroller.cpp" line="416"/>
        <source>Not sent: %1</source>
        <translation>לא נשלחה: %1</translation>
    </message>
    <message>
        <location filename="../models/composercontroller.cpp" line="411"/>
        <source>Not sent: your role may read conversations but not write to customers (%1).</source>
        <translation>לא נשלחה: התפקיד שלך מאפשר לקרוא שיחות, אבל לא לכתוב ללקוחות (%1).</translation>
    </message>
</context>
<context>
    <name>opsdesk::ConversationListModel</name>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="221"/>
        <source>Open and pending</source>
        <comment>@item:inlistbox status filter</comment>
        <translation>פתוחות ובהמתנה</translation>
    </message>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="226"/>
        <source>All statuses</source>
        <comment>@item:inlistbox status filter</comment>
        <translation>כל הסטטוסים</translation>
    </message>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="329"/>
        <source>Could not load conversations: %1</source>
        <translation>לא ניתן לטעון את השיחות: %1</translation>
    </message>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="387"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::IncidentDetail</name>
    <message>
        <location filename="../models/incidentdetail.cpp" line="95"/>
        <source>Severity changed from %1 to %2</source>
        <translation>החומרה שונתה מ%1 ל%2</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="102"/>
        <source>Opened by alert rule</source>
        <translation>נפתחה על ידי כלל התראה</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="103"/>
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="106"/>
        <source>Acknowledged</source>
        <comment>@info timeline</comment>
        <translation>קבלה אושרה</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="109"/>
        <source>Resolved: %1</source>
        <comment>@info timeline</comment>
        <translation>נפתרה: %1</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="112"/>
        <source>Reopened</source>
        <comment>@info timeline</comment>
        <translation>נפתחה מחדש</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="117"/>
        <source>Unassigned</source>
        <comment>@info timeline</comment>
        <translation>ללא אחראי/ת</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="118"/>
        <source>Assigned to %1</source>
        <comment>@info timeline</comment>
        <translation>הוקצתה ל%1</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="126"/>
        <source>Note</source>
        <comment>@label timeline line kind</comment>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="129"/>
        <source>Assignment</source>
        <comment>@label timeline line kind</comment>
        <translation>שיוך</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="132"/>
        <source>Metric</source>
        <comment>@label timeline line kind</comment>
        <translation>מדד</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="134"/>
        <source>Status</source>
        <comment>@label timeline line kind</comment>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="202"/>
        <source>%1: %2 (threshold %3 %4)</source>
        <comment>@label metric snapshot: series, value, condition</comment>
        <translation>%1: %2 (סף %3 %4)</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="285"/>
        <source>Nobody</source>
        <comment>@label no assignee</comment>
        <translation>אין</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="325"/>
        <source>Resolved after %1</source>
        <translation>נפתרה אחרי %1</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="329"/>
        <source>Open for %1</source>
        <translation>פתוחה כבר %1</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="344"/>
        <source>Managers can read incidents; only admins acknowledge, resolve and change them.</source>
        <translation>מנהלים יכולים לקרוא תקריות; רק מנהלי מערכת מאשרים את קבלתן, מסמנים אותן כנפתרו ומשנים אותן.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="362"/>
        <source>Nobody yet</source>
        <comment>@item assignee</comment>
        <translation>עדיין אין אחראי/ת</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="366"/>
        <source>%1 (you)</source>
        <translation>%1 (אני)</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="381"/>
        <source>Write what happened and what fixed it: the summary is required to resolve.</source>
        <translation>יש לכתוב מה קרה ומה פתר את הבעיה: בלי סיכום אי אפשר לסמן את התקרית כנפתרה.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="384"/>
        <source>The summary has %1 characters; at most %2 fit.</source>
        <translation>הסיכום מכיל %1 תווים; מותרים עד %2.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="394"/>
        <source>Write the note first.</source>
        <translation>יש לכתוב קודם את ההערה.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="397"/>
        <source>The note has %1 characters; at most %2 fit.</source>
        <translation>ההערה מכילה %1 תווים; מותרים עד %2.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="449"/>
        <source>Choose an incident first.</source>
        <translation>יש לבחור תקרית קודם.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="464"/>
        <source>Your role may read incidents but not change them (%1).</source>
        <translation>התפקיד שלך מאפשר לקרוא תקריות, אבל לא לשנות אותן (%1).</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="467"/>
        <source>%1. Write a summary of what happened to resolve it.</source>
        <translation>%1. כדי לסמן את התקרית כנפתרה, יש לכתוב סיכום של מה שקרה.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="478"/>
        <source>Could not save: %1</source>
        <translation>לא ניתן לשמור: %1</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="511"/>
        <source>Only managers and admins see incidents.</source>
        <translation>רק מנהלים ומנהלי מערכת יכולים לראות תקריות.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="538"/>
        <source>Could not load the incident: %1</source>
        <translation>לא ניתן לטעון את התקרית: %1</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="543"/>
        <source>This incident does not exist or you may not see it.</source>
        <translation>התקרית הזו לא קיימת, או שאין לך הרשאה לראות אותה.</translation>
    </message>
    <message>
        <location filename="../models/incidentdetail.cpp" line="597"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::IncidentListModel</name>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="314"/>
        <source>Unresolved</source>
        <comment>@item incident status filter</comment>
        <translation>לא נפתרו</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="315"/>
        <source>Triggered</source>
        <comment>@item incident status filter</comment>
        <translation>הופעלו</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="316"/>
        <source>Acknowledged</source>
        <comment>@item incident status filter</comment>
        <translation>קבלתן אושרה</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="317"/>
        <source>Resolved</source>
        <comment>@item incident status filter</comment>
        <translation>נפתרו</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="318"/>
        <source>All statuses</source>
        <comment>@item incident status filter</comment>
        <translation>כל הסטטוסים</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="354"/>
        <source>Give the incident a title that says what is wrong, e.g. “Customers get no delivery receipts”.</source>
        <translation>יש לתת לתקרית כותרת שמתארת מה הבעיה, לדוגמה &quot;לקוחות לא מקבלים אישורי מסירה&quot;.</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="358"/>
        <source>The title has %1 characters; at most %2 fit.</source>
        <translation>הכותרת מכילה %1 תווים; מותרים עד %2.</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="367"/>
        <source>The description has %1 characters; at most %2 fit.</source>
        <translation>התיאור מכיל %1 תווים; מותרים עד %2.</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="414"/>
        <source>Only managers and admins see incidents.</source>
        <translation>רק מנהלים ומנהלי מערכת יכולים לראות תקריות.</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="447"/>
        <source>Could not load incidents: %1</source>
        <translation>לא ניתן לטעון את התקריות: %1</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="501"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="527"/>
        <source>Sign in to open incidents.</source>
        <translation>יש להתחבר כדי לפתוח תקריות.</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="541"/>
        <source>Only admins open incidents (%1).</source>
        <translation>רק מנהלי מערכת יכולים לפתוח תקריות (%1).</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="553"/>
        <location filename="../models/incidentlistmodel.cpp" line="557"/>
        <source>Could not open the incident: %1</source>
        <translation>לא ניתן לפתוח את התקרית: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::IncidentNotifier</name>
    <message>
        <location filename="../app/opsdesk/incidentnotifier.cpp" line="59"/>
        <source>%1 incident: %2</source>
        <comment>@title notification: severity, title</comment>
        <translation>תקרית %1: %2</translation>
    </message>
    <message>
        <location filename="../app/opsdesk/incidentnotifier.cpp" line="60"/>
        <source>Opened just now. Click to open it in OpsDesk.</source>
        <translation>נפתחה זה עתה. יש ללחוץ כדי לפתוח אותה ב-OpsDesk.</translation>
    </message>
</context>
<context>
    <name>opsdesk::IncidentReport</name>
    <message>
        <location filename="../models/incidentreport.cpp" line="223"/>
        <source>opened</source>
        <comment>@label chart marker</comment>
        <translation>נפתחה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="233"/>
        <source>threshold %1 %2</source>
        <translation>סף %1 %2</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="309"/>
        <source>Choose where to save the report.</source>
        <translation>יש לבחור היכן לשמור את הדוח.</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="337"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 מ-%2 עד %3</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="358"/>
        <source>%1, snapshot taken at %2</source>
        <translation>%1, תמונת מצב מ-%2</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="373"/>
        <source>Cannot write %1: %2.</source>
        <translation>לא ניתן לכתוב את %1: %2.</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="383"/>
        <source>Incident report: %1</source>
        <translation>דוח תקרית: %1</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="388"/>
        <source>Cannot write %1: check that the folder exists and you may write there.</source>
        <translation>לא ניתן לכתוב את %1: יש לוודא שהתיקייה קיימת ושיש לך הרשאת כתיבה אליה.</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="396"/>
        <source>Incident report</source>
        <comment>@title PDF</comment>
        <translation>דוח תקרית</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="423"/>
        <source>Overview</source>
        <comment>@title PDF section</comment>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="426"/>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="427"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="428"/>
        <source>Opened</source>
        <translation>נפתחה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="429"/>
        <source>Acknowledged</source>
        <translation>קבלה אושרה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="431"/>
        <source>Not acknowledged</source>
        <translation>קבלה לא אושרה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="432"/>
        <source>Resolved</source>
        <translation>נפתרה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="434"/>
        <source>Not resolved</source>
        <translation>לא נפתרה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="436"/>
        <source>Reopened</source>
        <translation>נפתחה מחדש</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="439"/>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="442"/>
        <source>%1 so far</source>
        <translation>%1 עד כה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="443"/>
        <source>Assignee</source>
        <translation>אחראי/ת</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="444"/>
        <source>Nobody</source>
        <translation>אין</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="445"/>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="447"/>
        <source>Condition</source>
        <translation>תנאי</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="452"/>
        <source>Summary</source>
        <comment>@title PDF section</comment>
        <translation>סיכום</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="453"/>
        <source>No summary yet: it is written when the incident is resolved.</source>
        <translation>אין עדיין סיכום: הוא נכתב כשהתקרית מסומנת כנפתרה.</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="458"/>
        <source>Description</source>
        <comment>@title PDF section</comment>
        <translation>תיאור</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="463"/>
        <source>Metric</source>
        <comment>@title PDF section</comment>
        <translation>מדד</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="472"/>
        <source>Timeline</source>
        <comment>@title PDF section</comment>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="501"/>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="501"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="501"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="501"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="505"/>
        <source>Alert rule</source>
        <translation>כלל התראה</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="505"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="512"/>
        <source>Exported by OpsDesk on %1.</source>
        <translation>יוצא מ-OpsDesk ב-%1.</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="524"/>
        <source>Sign in to export incident reports.</source>
        <translation>יש להתחבר כדי לייצא דוחות תקרית.</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="538"/>
        <source>Could not read the incident: %1</source>
        <translation>לא ניתן לקרוא את התקרית: %1</translation>
    </message>
    <message>
        <location filename="../models/incidentreport.cpp" line="540"/>
        <source>This incident does not exist or you may not see it.</source>
        <translation>התקרית הזו לא קיימת, או שאין לך הרשאה לראות אותה.</translation>
    </message>
</context>
<context>
    <name>opsdesk::MessageListModel</name>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="245"/>
        <source>Managers can read conversations but not change them</source>
        <translation>מנהלים יכולים לקרוא שיחות, אבל לא לשנות אותן</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="275"/>
        <source>1 hour</source>
        <comment>@action:inmenu snooze</comment>
        <translation>שעה</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="276"/>
        <source>3 hours</source>
        <comment>@action:inmenu snooze</comment>
        <translation>3 שעות</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="277"/>
        <source>Tomorrow 09:00</source>
        <comment>@action:inmenu snooze</comment>
        <translation>מחר ב-09:00</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="279"/>
        <source>Next Monday 09:00</source>
        <comment>@action:inmenu snooze</comment>
        <translation>יום שני הבא ב-09:00</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="337"/>
        <location filename="../models/messagelistmodel.cpp" line="382"/>
        <source>Pick a time in the future to snooze until.</source>
        <translation>יש לבחור מועד עתידי לסיום ההשהיה.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="377"/>
        <source>Type the time as YYYY-MM-DD HH:MM, for example %1.</source>
        <translation>יש להקליד את המועד בתבנית YYYY-MM-DD HH:MM, לדוגמה %1.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="406"/>
        <source>This conversation already has the label “%1”.</source>
        <translation>לשיחה הזו כבר יש את התווית &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="460"/>
        <location filename="../models/messagelistmodel.cpp" line="472"/>
        <source>Could not change the conversation: %1</source>
        <translation>לא ניתן לשנות את השיחה: %1</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="465"/>
        <source>The database refused this change: your role may not change this conversation.</source>
        <translation>מסד הנתונים דחה את השינוי: התפקיד שלך לא מאפשר לשנות את השיחה הזו.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="467"/>
        <source>The database refused this change: managers can read conversations but not change them.</source>
        <translation>מסד הנתונים דחה את השינוי: מנהלים יכולים לקרוא שיחות, אבל לא לשנות אותן.</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="470"/>
        <source>Not changed: %1</source>
        <translation>השינוי לא בוצע: %1</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="561"/>
        <source>Could not mark the conversation as read: %1</source>
        <translation>לא ניתן לסמן את השיחה כנקראה: %1</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="610"/>
        <source>Could not load the conversation: %1</source>
        <translation>לא ניתן לטעון את השיחה: %1</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="697"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::MetricChart</name>
    <message>
        <location filename="../models/metricchart.cpp" line="254"/>
        <source>%1 (min %2, max %3)</source>
        <comment>@info chart read-out of a bucket</comment>
        <translation>%1 (מינ׳ %2, מקס׳ %3)</translation>
    </message>
</context>
<context>
    <name>opsdesk::MetricSeriesModel</name>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="39"/>
        <source>Webhook events</source>
        <translation>אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="41"/>
        <source>Signature failures</source>
        <translation>כשלי חתימה</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="43"/>
        <source>Inbound messages</source>
        <translation>הודעות נכנסות</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="45"/>
        <source>Outbound messages</source>
        <translation>הודעות יוצאות</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="47"/>
        <source>Delivery failure rate</source>
        <translation>שיעור כשלי מסירה</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="49"/>
        <source>Delivery time p50</source>
        <translation>זמן מסירה p50</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="51"/>
        <source>Delivery time p95</source>
        <translation>זמן מסירה p95</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="53"/>
        <source>First response time p50</source>
        <translation>זמן תגובה ראשונה p50</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="55"/>
        <source>Open conversations</source>
        <translation>שיחות פתוחות</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="57"/>
        <source>Unassigned conversations</source>
        <translation>שיחות ללא שיוך</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="59"/>
        <source>Waiting over 5 min</source>
        <translation>ממתינות מעל 5 דק׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="60"/>
        <source>Job queue depth</source>
        <translation>עומק תור המשימות</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="61"/>
        <source>Dead jobs</source>
        <translation>משימות שנכשלו סופית</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="63"/>
        <source>Ingest latency p95</source>
        <translation>זמן קליטה p95</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="71"/>
        <source>WhatsApp webhook events stored in the last minute.</source>
        <translation>אירועי Webhook של WhatsApp שנשמרו בדקה האחרונה.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="74"/>
        <source>Webhook POSTs refused in the last minute because their signature did not verify.</source>
        <translation>בקשות POST ל-Webhook שנדחו בדקה האחרונה כי החתימה שלהן לא אומתה.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="78"/>
        <source>Customer messages received in the last minute.</source>
        <translation>הודעות מלקוחות שהתקבלו בדקה האחרונה.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="81"/>
        <source>Replies and templates queued in the last minute (private notes excluded).</source>
        <translation>תשובות ותבניות שנכנסו לתור בדקה האחרונה (לא כולל הערות פנימיות).</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="85"/>
        <source>Of the outbound messages settled in the last 5 minutes, the share that failed.</source>
        <translation>מתוך ההודעות היוצאות שהגיעו למצב סופי ב-5 הדקות האחרונות, השיעור שנכשל.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="89"/>
        <source>Median time from sent to delivered, last 15 minutes.</source>
        <translation>הזמן החציוני משליחה ועד מסירה, ב-15 הדקות האחרונות.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="92"/>
        <source>95th percentile of the time from sent to delivered, last 15 minutes.</source>
        <translation>האחוזון ה-95 של הזמן משליחה ועד מסירה, ב-15 הדקות האחרונות.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="95"/>
        <source>Median time a customer waited for a person&apos;s reply, last hour.</source>
        <translation>הזמן החציוני שבו לקוח המתין לתשובה אנושית, בשעה האחרונה.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="98"/>
        <source>Conversations with status open.</source>
        <translation>שיחות בסטטוס &quot;פתוחה&quot;.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="100"/>
        <source>Open or pending conversations nobody is assigned to.</source>
        <translation>שיחות פתוחות או בהמתנה שלא משויכות לאף אחד.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="103"/>
        <source>Open or pending conversations whose customer has waited more than 5 minutes.</source>
        <translation>שיחות פתוחות או בהמתנה שבהן הלקוח ממתין יותר מ-5 דקות.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="106"/>
        <source>Jobs queued, running or waiting to retry.</source>
        <translation>משימות בתור, בביצוע או בהמתנה לניסיון חוזר.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="109"/>
        <source>Jobs that gave up after their last attempt and wait for an admin.</source>
        <translation>משימות שנכשלו סופית אחרי הניסיון האחרון וממתינות למנהל/ת מערכת.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="112"/>
        <source>95th percentile of webhook handling time, last minute.</source>
        <translation>האחוזון ה-95 של זמן הטיפול באירועי Webhook, בדקה האחרונה.</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="120"/>
        <source>events/min</source>
        <translation>אירועים/דק׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="121"/>
        <source>failures/min</source>
        <translation>כשלים/דק׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="122"/>
        <source>messages/min</source>
        <translation>הודעות/דק׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="123"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="124"/>
        <source>s</source>
        <translation>שנ׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="125"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="126"/>
        <source>conversations</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="127"/>
        <source>jobs</source>
        <translation>משימות</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="258"/>
        <source>Updated %1</source>
        <translation>עודכן ב-%1</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="262"/>
        <source>No samples in the last 30 minutes</source>
        <translation>אין דגימות ב-30 הדקות האחרונות</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="285"/>
        <source>▶ steady vs 10 min ago</source>
        <comment>@info trend of a metric</comment>
        <translation>▶ יציב לעומת לפני 10 דק׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="290"/>
        <source>%1 %2 % vs 10 min ago</source>
        <comment>@info trend: arrow, percentage</comment>
        <translation>%1 %2% לעומת לפני 10 דק׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="293"/>
        <source>%1 %2 vs 10 min ago</source>
        <comment>@info trend: arrow, change</comment>
        <translation>%1 %2 לעומת לפני 10 דק׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="344"/>
        <source>Alerting: %1 · %2</source>
        <translation>בהתראה: %1 · %2</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="345"/>
        <source>Pending: %1 · %2</source>
        <translation>ממתין: %1 · %2</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="409"/>
        <source>15 min</source>
        <comment>@item:range</comment>
        <translation>15 דק׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="410"/>
        <source>Last 15 minutes, every sample (key 1)</source>
        <translation>15 הדקות האחרונות, כל דגימה (מקש 1)</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="412"/>
        <source>1 h</source>
        <comment>@item:range</comment>
        <translation>1 שע׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="413"/>
        <source>Last hour, every sample (key 2)</source>
        <translation>השעה האחרונה, כל דגימה (מקש 2)</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="415"/>
        <source>24 h</source>
        <comment>@item:range</comment>
        <translation>24 שע׳</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="416"/>
        <source>Last 24 hours, one point per minute (key 3)</source>
        <translation>24 השעות האחרונות, נקודה אחת לדקה (מקש 3)</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="418"/>
        <source>7 d</source>
        <comment>@item:range</comment>
        <translation>7 ימים</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="419"/>
        <source>Last 7 days, one point per 10 minutes (key 4)</source>
        <translation>7 הימים האחרונים, נקודה אחת ל-10 דקות (מקש 4)</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="609"/>
        <source>Could not load the metrics: %1</source>
        <translation>לא ניתן לטעון את המדדים: %1</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="681"/>
        <source>Could not load the chart points: %1</source>
        <translation>לא ניתן לטעון את נקודות התרשים: %1</translation>
    </message>
    <message>
        <location filename="../models/metricseriesmodel.cpp" line="888"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::OutboundJobsModel</name>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="52"/>
        <source>Gave up</source>
        <comment>@label send job state: every attempt failed</comment>
        <translation>נכשלה סופית</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="53"/>
        <source>Refused</source>
        <comment>@label send job state: WhatsApp refused the message</comment>
        <translation>נדחתה</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="57"/>
        <source>%1 of %2 attempts</source>
        <translation>%1 מתוך %2 ניסיונות</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="66"/>
        <source>Message deleted</source>
        <translation>ההודעה נמחקה</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="104"/>
        <source>Only admins see the outbound queue.</source>
        <translation>רק מנהלי מערכת יכולים לראות את תור ההודעות היוצאות.</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="120"/>
        <source>Could not load the outbound queue: %1</source>
        <translation>לא ניתן לטעון את תור ההודעות היוצאות: %1</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="148"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/outboundjobsmodel.cpp" line="185"/>
        <location filename="../models/outboundjobsmodel.cpp" line="187"/>
        <source>Could not retry: %1</source>
        <translation>לא ניתן לנסות שוב: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::OverviewController</name>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="22"/>
        <source>critical</source>
        <translation>קריטית</translation>
    </message>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="23"/>
        <source>high</source>
        <translation>גבוהה</translation>
    </message>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="24"/>
        <source>medium</source>
        <translation>בינונית</translation>
    </message>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="25"/>
        <source>low</source>
        <translation>נמוכה</translation>
    </message>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="58"/>
        <source>Today — webhook events: %1 · inbound messages: %2 · failed deliveries: %3</source>
        <translation>היום — אירועי Webhook: %1 · הודעות נכנסות: %2 · מסירות שנכשלו: %3</translation>
    </message>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="70"/>
        <source>All clear: no unresolved incidents</source>
        <translation>הכול תקין: אין תקריות שלא נפתרו</translation>
    </message>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="73"/>
        <source>1 unresolved incident · highest severity: %1</source>
        <translation>תקרית אחת שלא נפתרה · החומרה הגבוהה ביותר: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/overviewcontroller.cpp" line="74"/>
        <source>%n unresolved incidents · highest severity: %1</source>
        <translation>
            <numerusform>%n תקרית שלא נפתרה · החומרה הגבוהה ביותר: %1</numerusform>
            <numerusform>%n תקריות שלא נפתרו · החומרה הגבוהה ביותר: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="97"/>
        <source>Could not count today&apos;s activity: %1</source>
        <translation>לא ניתן לספור את הפעילות של היום: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::PeopleListModel</name>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="33"/>
        <source>Answers WhatsApp conversations.</source>
        <translation>מענה לשיחות WhatsApp.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="36"/>
        <source>Reads everything, the audit trail included; changes nothing.</source>
        <translation>צפייה בהכול, כולל יומן הביקורת, ללא אפשרות לשנות דבר.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="39"/>
        <source>Manages everything, and support and manager accounts.</source>
        <translation>ניהול של הכול, כולל חשבונות בתפקידי תמיכה ומנהל/ת.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="41"/>
        <source>Everything an admin does, and manages admins too.</source>
        <translation>כל מה שמנהל/ת מערכת יכול/ה לעשות, וגם ניהול מנהלי מערכת.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="93"/>
        <location filename="../models/peoplelistmodel.cpp" line="278"/>
        <source>Active</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="96"/>
        <source>Deactivated %1</source>
        <translation>מושבת מאז %1</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="98"/>
        <location filename="../models/peoplelistmodel.cpp" line="278"/>
        <source>Deactivated</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="101"/>
        <source>Seen %1</source>
        <translation>פעילות אחרונה: %1</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="102"/>
        <source>Never signed in</source>
        <translation>עדיין לא התחבר/ה</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="161"/>
        <source>Only admins can invite people.</source>
        <translation>רק מנהלי מערכת יכולים להזמין משתמשים.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="248"/>
        <source>Only admins can manage people.</source>
        <translation>רק מנהלי מערכת יכולים לנהל משתמשים.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="252"/>
        <source>Only a super admin can manage admins.</source>
        <translation>רק מנהלי-על יכולים לנהל מנהלי מערכת.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="262"/>
        <source>This is you: another admin has to change your role or deactivate you.</source>
        <translation>זה החשבון שלך: רק מנהל/ת מערכת אחר/ת יכול/ה לשנות את התפקיד שלך או להשבית אותך.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="295"/>
        <source>This person</source>
        <translation>המשתמש/ת</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="311"/>
        <source>Only admins can see and manage people.</source>
        <translation>רק מנהלי מערכת יכולים לראות ולנהל משתמשים.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="356"/>
        <source>Could not load people: %1</source>
        <translation>לא ניתן לטעון את המשתמשים: %1</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="402"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="413"/>
        <location filename="../models/peoplelistmodel.cpp" line="438"/>
        <location filename="../models/peoplelistmodel.cpp" line="461"/>
        <location filename="../models/peoplelistmodel.cpp" line="486"/>
        <location filename="../models/peoplelistmodel.cpp" line="509"/>
        <source>Sign in first.</source>
        <translation>יש להתחבר קודם.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="429"/>
        <source>%1 can now sign in as “%2”.</source>
        <translation>מעכשיו %1 יכול/ה להתחבר בתור &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="453"/>
        <source>%1 is now %2.</source>
        <translation>התפקיד של %1 הוא עכשיו %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/peoplelistmodel.cpp" line="476"/>
        <source>%1 is deactivated and can no longer sign in; %n open session(s) ended.</source>
        <translation>
            <numerusform>החשבון של %1 הושבת ואי אפשר עוד להתחבר אליו; %n חיבור פתוח נסגר.</numerusform>
            <numerusform>החשבון של %1 הושבת ואי אפשר עוד להתחבר אליו; %n חיבורים פתוחים נסגרו.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="501"/>
        <source>%1 can sign in again with their password.</source>
        <translation>אפשר שוב להתחבר לחשבון של %1 עם הסיסמה הקיימת.</translation>
    </message>
    <message>
        <location filename="../models/peoplelistmodel.cpp" line="527"/>
        <source>%1 has a new temporary password; the old one no longer works.</source>
        <translation>נוצרה סיסמה זמנית חדשה עבור %1; הסיסמה הקודמת כבר לא עובדת.</translation>
    </message>
</context>
<context>
    <name>opsdesk::SignInController</name>
    <message>
        <location filename="../models/signincontroller.cpp" line="162"/>
        <source>No saved password for this profile (%1). Type it to sign in.</source>
        <translation>אין סיסמה שמורה לפרופיל הזה (%1). יש להקליד אותה כדי להתחבר.</translation>
    </message>
    <message>
        <location filename="../models/signincontroller.cpp" line="253"/>
        <source>No system keychain is available, so your password was not saved. You will be asked for it next time.</source>
        <translation>מחזיק המפתחות של המערכת אינו זמין, ולכן הסיסמה לא נשמרה. בפעם הבאה יהיה צריך להקליד אותה שוב.</translation>
    </message>
    <message>
        <location filename="../models/signincontroller.cpp" line="307"/>
        <source>Demo · private cluster on port %1</source>
        <translation>הדגמה · אשכול פרטי בפורט %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::TemplateListModel</name>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="42"/>
        <source>Marketing</source>
        <comment>@label template category</comment>
        <translation>שיווק</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="45"/>
        <source>Utility</source>
        <comment>@label template category</comment>
        <translation>תפעול</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="48"/>
        <source>Authentication</source>
        <comment>@label template category</comment>
        <translation>אימות</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="96"/>
        <source>Fill in %1.</source>
        <translation>יש למלא את %1.</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="99"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>הערך של %1 ארוך מ-%2 תווים.</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="104"/>
        <source>%1 cannot hold line breaks, tabs or more than four spaces in a row.</source>
        <translation>הערך של %1 לא יכול להכיל מעברי שורה, טאבים או יותר מארבעה רווחים ברצף.</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="231"/>
        <source>Choose a template.</source>
        <translation>יש לבחור תבנית.</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="381"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/templatelistmodel.cpp" line="358"/>
        <source>Could not load the templates: %1</source>
        <translation>לא ניתן לטעון את התבניות: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::WebhookEventListModel</name>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="121"/>
        <source>Could not load webhook events: %1</source>
        <translation>לא ניתן לטעון את אירועי ה-Webhook: %1</translation>
    </message>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="159"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="174"/>
        <source>Could not load the payload: %1</source>
        <translation>לא ניתן לטעון את תוכן האירוע: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="103"/>
        <source>Reloaded: %1.</source>
        <translation>נטען מחדש: %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="170"/>
        <source>Connecting…</source>
        <translation>מתחבר…</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="172"/>
        <source>Live</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="174"/>
        <source>Reconnecting…</source>
        <translation>מתחבר מחדש…</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="176"/>
        <source>Offline</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="255"/>
        <source>Asked opsdeskd for the latest templates from WhatsApp; the list updates as soon as they arrive.</source>
        <translation>נשלחה ל-opsdeskd בקשה לתבניות העדכניות מ-WhatsApp; הרשימה תתעדכן ברגע שהן יגיעו.</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="257"/>
        <source>Could not ask for new templates: %1</source>
        <translation>לא ניתן לבקש תבניות חדשות: %1</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="282"/>
        <source>Your account was deactivated, so you were signed out. Ask an admin if this is a mistake.</source>
        <translation>החשבון שלך הושבת, ולכן בוצעה התנתקות. אם מדובר בטעות, אפשר לפנות למנהל/ת מערכת.</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="284"/>
        <source>Your password was changed, so you were signed out. Sign in with the new password.</source>
        <translation>הסיסמה שלך שונתה, ולכן בוצעה התנתקות. יש להתחבר עם הסיסמה החדשה.</translation>
    </message>
</context>
<context>
    <name>opsdesk::display</name>
    <message>
        <location filename="../models/displayformat.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="102"/>
        <source>No customer message yet</source>
        <translation>אין עדיין הודעה מהלקוח</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="107"/>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displayformat.cpp" line="108"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n דק׳</numerusform>
            <numerusform>%n דק׳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="109"/>
        <source>Window open · closes in %1</source>
        <translation>חלון השירות פתוח · נסגר בעוד %1</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="111"/>
        <source>Window closed since %1</source>
        <translation>חלון השירות סגור מאז %1</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="138"/>
        <source>Queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="139"/>
        <source>Sent</source>
        <translation>נשלח</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="140"/>
        <source>Delivered</source>
        <translation>נמסר</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="141"/>
        <source>Read</source>
        <translation>נקרא</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="142"/>
        <location filename="../models/displayformat.cpp" line="159"/>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="148"/>
        <source>Open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="149"/>
        <location filename="../models/displayformat.cpp" line="157"/>
        <source>Pending</source>
        <translation>בהמתנה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="150"/>
        <source>Snoozed</source>
        <translation>בהשהיה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="151"/>
        <source>Resolved</source>
        <translation>טופלה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="158"/>
        <source>Processed</source>
        <translation>טופל</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="160"/>
        <source>Ignored</source>
        <translation>דולג</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="167"/>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="168"/>
        <source>Voice message</source>
        <translation>הודעה קולית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="169"/>
        <source>Video</source>
        <translation>סרטון</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="170"/>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="171"/>
        <source>Sticker</source>
        <translation>מדבקה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="172"/>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="173"/>
        <source>Contact card</source>
        <translation>כרטיס איש קשר</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="174"/>
        <source>Interactive reply</source>
        <translation>תשובה אינטראקטיבית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="175"/>
        <source>Button reply</source>
        <translation>תשובה בלחצן</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="176"/>
        <source>Reaction</source>
        <translation>תגובה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="177"/>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="178"/>
        <source>Private note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="179"/>
        <source>Unsupported message</source>
        <translation>הודעה שאינה נתמכת</translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="29"/>
        <source>Waiting under a minute</source>
        <translation>זמן המתנה: פחות מדקה</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/inboxlabels.cpp" line="32"/>
        <source>Waiting %n min</source>
        <translation>
            <numerusform>זמן המתנה: %n דק׳</numerusform>
            <numerusform>זמן המתנה: %n דק׳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="35"/>
        <source>Waiting %1 h %2 min</source>
        <translation>זמן המתנה: %1 שע׳ %2 דק׳</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/inboxlabels.cpp" line="37"/>
        <source>Waiting %n day(s)</source>
        <translation>
            <numerusform>זמן המתנה: %n יום</numerusform>
            <numerusform>זמן המתנה: %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="50"/>
        <location filename="../models/inboxlabels.cpp" line="59"/>
        <source>Snoozed until %1</source>
        <translation>בהשהיה עד %1</translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="53"/>
        <source>Snoozed until tomorrow %1</source>
        <translation>בהשהיה עד מחר ב-%1</translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="56"/>
        <source>Snoozed until %1 %2</source>
        <translation>בהשהיה עד %1 ב-%2</translation>
    </message>
    <message>
        <location filename="../models/inboxlabels.cpp" line="67"/>
        <source>Also viewing: %1</source>
        <translation>צופים כעת גם: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::incidentdisplay</name>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="30"/>
        <source>Critical</source>
        <comment>@label incident severity</comment>
        <translation>קריטית</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="33"/>
        <source>High</source>
        <comment>@label incident severity</comment>
        <translation>גבוהה</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="36"/>
        <source>Medium</source>
        <comment>@label incident severity</comment>
        <translation>בינונית</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="39"/>
        <source>Low</source>
        <comment>@label incident severity</comment>
        <translation>נמוכה</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="61"/>
        <source>Triggered</source>
        <comment>@label incident status</comment>
        <translation>הופעלה</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="64"/>
        <source>Acknowledged</source>
        <comment>@label incident status</comment>
        <translation>קבלה אושרה</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="67"/>
        <source>Resolved</source>
        <comment>@label incident status</comment>
        <translation>נפתרה</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="90"/>
        <source>%1 s</source>
        <comment>@label duration</comment>
        <translation>%1 שנ׳</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="93"/>
        <source>%1 min</source>
        <comment>@label duration</comment>
        <translation>%1 דק׳</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="98"/>
        <source>%1 h</source>
        <comment>@label duration</comment>
        <translation>%1 שע׳</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="99"/>
        <source>%1 h %2 min</source>
        <comment>@label duration</comment>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/incidentlistmodel.cpp" line="102"/>
        <source>%n day(s)</source>
        <comment>@label duration</comment>
        <translation>
            <numerusform>%n יום</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="103"/>
        <source>%1 %2 h</source>
        <comment>@label duration: days, hours</comment>
        <translation>%1 %2 שע׳</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="110"/>
        <source>opened just now</source>
        <translation>נפתחה זה עתה</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="112"/>
        <source>opened %1 ago</source>
        <comment>@label incident age</comment>
        <translation>נפתחה לפני %1</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="130"/>
        <source>%1 (at once)</source>
        <comment>@label alert rule condition without a pending time</comment>
        <translation>%1 (מיד)</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="133"/>
        <source>%1 for %2</source>
        <comment>@label alert rule condition, then its duration</comment>
        <translation>%1 במשך %2</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="140"/>
        <source>Opened by hand</source>
        <translation>נפתחה באופן ידני</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="141"/>
        <source>Opened by %1</source>
        <translation>נפתחה על ידי %1</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="144"/>
        <source>Alert rule (deleted)</source>
        <translation>כלל התראה (נמחק)</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="146"/>
        <source>Alert rule “%1”</source>
        <translation>כלל ההתראה &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/incidentlistmodel.cpp" line="163"/>
        <source>All severities</source>
        <comment>@item filter</comment>
        <translation>כל רמות החומרה</translation>
    </message>
</context>
<context>
    <name>opsdesk::people</name>
    <message>
        <location filename="../services/people.cpp" line="56"/>
        <source>This person no longer exists. The list shows who is there now.</source>
        <translation>החשבון הזה כבר לא קיים. הרשימה מציגה את המשתמשים הקיימים כעת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="73"/>
        <source>The connection to the database was lost, so the change may not have been made. Check the list and try again.</source>
        <translation>החיבור למסד הנתונים נותק, ולכן ייתכן שהשינוי לא בוצע. יש לבדוק את הרשימה ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="75"/>
        <source>Could not reach the database. Check the connection and try again.</source>
        <translation>לא ניתן להתחבר למסד הנתונים. יש לבדוק את החיבור ולנסות שוב.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="132"/>
        <source>Support</source>
        <translation>תמיכה</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="135"/>
        <source>Manager</source>
        <translation>מנהל/ת</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="138"/>
        <source>Admin</source>
        <translation>מנהל/ת מערכת</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="141"/>
        <source>Super admin</source>
        <translation>מנהל/ת-על</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="150"/>
        <source>Enter a sign-in name.</source>
        <translation>יש להזין שם התחברות.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="153"/>
        <source>Sign-in names starting with pg_ or opsdesk_ are reserved. Choose another one.</source>
        <translation>שמות התחברות שמתחילים ב-pg_ או ב-opsdesk_ שמורים למערכת. יש לבחור שם אחר.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="156"/>
        <source>A sign-in name has 2 to 63 characters.</source>
        <translation>שם התחברות צריך להכיל 2 עד 63 תווים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="159"/>
        <source>A sign-in name starts with a lower-case letter (a-z) and may then contain only a-z, 0-9, _ . and -.</source>
        <translation>שם התחברות מתחיל באות לטינית קטנה (a-z), ואחריה מותרים רק a-z, 0-9 והתווים _ . -.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="171"/>
        <source>Enter an e-mail address.</source>
        <translation>יש להזין כתובת דוא״ל.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="174"/>
        <source>An e-mail address has at most 254 characters.</source>
        <translation>כתובת דוא״ל יכולה להכיל עד 254 תווים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="177"/>
        <location filename="../services/people.cpp" line="293"/>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>יש להזין כתובת דוא״ל בפורמט name@example.com.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="185"/>
        <location filename="../services/people.cpp" line="297"/>
        <source>Enter the person&apos;s name as colleagues should see it.</source>
        <translation>יש להזין את השם כפי שהוא יוצג לעמיתים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="188"/>
        <source>A name has at most 200 characters.</source>
        <translation>שם יכול להכיל עד 200 תווים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="196"/>
        <location filename="../services/people.cpp" line="300"/>
        <source>Choose a role: support, manager, admin or super admin.</source>
        <translation>יש לבחור תפקיד: תמיכה, מנהל/ת, מנהל/ת מערכת או מנהל/ת-על.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="253"/>
        <source>Only a super admin can manage admins.</source>
        <translation>רק מנהלי-על יכולים לנהל מנהלי מערכת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="257"/>
        <source>You cannot change your own role. Ask another admin to do it.</source>
        <translation>אי אפשר לשנות את התפקיד של עצמך. יש לבקש זאת ממנהל/ת מערכת אחר/ת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="263"/>
        <source>You cannot deactivate yourself. Ask another admin to do it.</source>
        <translation>אי אפשר להשבית את החשבון של עצמך. יש לבקש זאת ממנהל/ת מערכת אחר/ת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="268"/>
        <source>Only admins can manage people.</source>
        <translation>רק מנהלי מערכת יכולים לנהל משתמשים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="273"/>
        <source>The sign-in name &quot;%1&quot; is already taken. Choose another one.</source>
        <translation>שם ההתחברות &quot;%1&quot; כבר תפוס. יש לבחור שם אחר.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="279"/>
        <source>Someone already has this e-mail address. Each person needs their own.</source>
        <translation>כתובת הדוא״ל הזו כבר בשימוש. לכל משתמש/ת נדרשת כתובת נפרדת.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="283"/>
        <source>This sign-in name is already taken. Choose another one.</source>
        <translation>שם ההתחברות הזה כבר תפוס. יש לבחור שם אחר.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="289"/>
        <source>This sign-in name is not allowed.</source>
        <translation>אי אפשר להשתמש בשם ההתחברות הזה.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="304"/>
        <source>The database did not accept the new password. Nothing was changed.</source>
        <translation>מסד הנתונים לא קיבל את הסיסמה החדשה. לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="309"/>
        <source>The database refused the input: %1.</source>
        <translation>מסד הנתונים דחה את הקלט: %1.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="320"/>
        <source>The database took too long to answer. Nothing was changed; try again.</source>
        <translation>מסד הנתונים לא הגיב בזמן. לא בוצע שום שינוי; יש לנסות שוב.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="324"/>
        <source>The database refused this: %1.</source>
        <translation>מסד הנתונים דחה את הפעולה: %1.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="354"/>
        <source>Nobody signs in as &quot;%1&quot;. `opsdeskd user list` shows who does.</source>
        <translation>אין משתמש עם שם ההתחברות &quot;%1&quot;. הפקודה `opsdeskd user list` מציגה את כל שמות ההתחברות הקיימים.</translation>
    </message>
    <message>
        <location filename="../services/people.cpp" line="376"/>
        <location filename="../services/people.cpp" line="461"/>
        <source>Could not prepare the password: %1</source>
        <translation>לא ניתן להכין את הסיסמה: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::signin</name>
    <message>
        <location filename="../services/signin.cpp" line="64"/>
        <source>The sign-in name or password is wrong. Check both (passwords are case-sensitive) or ask an admin to reset your password.</source>
        <translation>שם ההתחברות או הסיסמה שגויים. יש לבדוק את שניהם (בסיסמה יש הבחנה בין אותיות גדולות לקטנות) או לבקש ממנהל/ת מערכת לאפס את הסיסמה שלך.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="67"/>
        <source>The account “%1” is deactivated. Ask an admin to reactivate it.</source>
        <translation>החשבון &quot;%1&quot; מושבת. יש לבקש ממנהל/ת מערכת להפעיל אותו מחדש.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="70"/>
        <source>The server “%1” is unknown. Check the host name in the server profile.</source>
        <translation>השרת &quot;%1&quot; לא מוכר. יש לבדוק את שם המארח בפרופיל השרת.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="73"/>
        <source>No database server answers at %1. Check the host and port, or whether the server is running.</source>
        <translation>אין שרת מסד נתונים שעונה בכתובת %1. יש לבדוק את המארח והפורט, או לוודא שהשרת פועל.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="77"/>
        <source>The server at %1 accepts only encrypted (TLS) connections. Set the profile&apos;s TLS mode to “require” or stronger.</source>
        <translation>השרת בכתובת %1 מקבל רק חיבורים מוצפנים (TLS). יש להגדיר בפרופיל את מצב ה-TLS ל-&quot;require&quot; (נדרשת) או למצב מחמיר יותר.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="81"/>
        <source>The profile requires TLS, but the server at %1 does not offer it. Ask your administrator to enable TLS, or lower the profile&apos;s TLS mode.</source>
        <translation>הפרופיל מחייב TLS, אבל השרת בכתובת %1 לא מציע אותו. יש לבקש ממנהל/ת המערכת להפעיל TLS, או להוריד את רמת ה-TLS בפרופיל.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="85"/>
        <source>The database “%1” does not exist on %2. Check the database name in the server profile.</source>
        <translation>מסד הנתונים &quot;%1&quot; לא קיים בשרת %2. יש לבדוק את שם מסד הנתונים בפרופיל השרת.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="89"/>
        <source>The database “%1” is not set up for OpsDesk yet. Run “opsdeskd migrate” against it first.</source>
        <translation>מסד הנתונים &quot;%1&quot; עדיין לא הוגדר עבור OpsDesk. יש להריץ עליו קודם את &quot;opsdeskd migrate&quot;.</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="93"/>
        <source>“%1” can sign in to the database but is not an OpsDesk account. Ask an admin to create one (People page, or “opsdeskd user create”).</source>
        <translation>המשתמש &quot;%1&quot; יכול להתחבר למסד הנתונים, אבל אין לו חשבון OpsDesk. יש לבקש ממנהל/ת מערכת ליצור חשבון (בדף &quot;משתמשים&quot;, או באמצעות &quot;opsdeskd user create&quot;).</translation>
    </message>
    <message>
        <location filename="../services/signin.cpp" line="97"/>
        <source>Signing in failed. The details below say why.</source>
        <translation>ההתחברות נכשלה. הסיבה מופיעה בפרטים שלמטה.</translation>
    </message>
</context>
</TS>
