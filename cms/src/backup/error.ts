/** A backup or restore refused or failed: the English message, and `vi` for the people running it. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly vi: string,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}
