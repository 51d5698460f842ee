// Texto en español de las pantallas del ciclo de la sesión: la votación en la pantalla de sala, el cierre desde el programa.
export default {
  'hall.pollOpen': 'Votación en curso',
  'hall.pollResult': 'Resultado de la votación',
  'lifecycle.speechRunningTitle': 'Hay una intervención en curso',
  'lifecycle.speechRunningBody': 'No se levantó la sesión: una delegación todavía tiene la palabra. Puede poner fin a la intervención (primero queda registrada) y levantar la sesión en un solo paso.',
  'transition.kind.ResumeSession': 'Se reanuda',
  'transition.kind.AutoCloseSession': 'Se levanta tras su fin',
};
