/** How a contact prefers to be reminded. */
export enum ContactChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
