// 会议进程界面的中文文本：会场屏幕上的表决，议程编辑器中的结束发言并散会。
export default {
  'hall.pollOpen': '正在表决',
  'hall.pollResult': '表决结果',
  'lifecycle.speechRunningTitle': '仍有发言正在进行',
  'lifecycle.speechRunningBody': '会议尚未结束：仍有代表团在发言。您可以一步完成：结束该发言（先予记录）并宣布散会。',
  'transition.kind.ResumeSession': '复会',
  'transition.kind.AutoCloseSession': '结束后自动散会',
};
