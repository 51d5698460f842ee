// النص العربي لخصائص اللغات: قائمة اللغات، ولغة الكلمة، وتسميات المحضر، وصياغة حالات الرفض التي لم تكن لها صياغة.
export default {
  'language.menu': 'اللغة',

  'floorLanguage.legend': 'لغة الكلمة',
  'floorLanguage.spoken': 'اللغة المستخدمة',
  'floorLanguage.otherOption': 'لغة أخرى…',
  'floorLanguage.other': 'لغة أخرى',
  'floorLanguage.into': 'الترجمة الشفوية إلى',
  'floorLanguage.interpreted': '{language}، مع ترجمة شفوية إلى {into}',
  'floorLanguage.tag': 'اللغة: {language}',
  'floorLanguage.hint': 'يتبع المترجمون الشفويون اللغة التي تحددونها هنا.',

  'recordLabel.language': 'اللغة',
  'recordLabel.tally': 'نعم {yes} · لا {no} · امتناع {abstain}',
  'recordLabel.outcome.Adopted': 'اعتُمد',
  'recordLabel.interruption.Suspension': 'تعليق',
  'recordLabel.interruption.Adjournment': 'رفع الجلسة',

  'error.floor.language_unknown': 'يرجى تحديد اللغة التي سيتكلم بها وفدكم.',
  'error.floor.interpretation_required': 'يجب أن تُحدَّد للكلمة بلغة أخرى اللغة الرسمية التي ستُترجم إليها ترجمة شفوية.',
  'error.language.unknown': 'هذه اللغة ليست من لغات المؤتمر الست.',
};
