import type { Job } from 'bullmq';

import type { Mailer } from './mailer';

/** Sends the e-mail of one notification: one message per recipient still pending (notifications queue). */
export const SEND_MAIL = 'send-mail';
export interface SendMailPayload {
  notificationId: string;
}
export const sendMailJobId = (notificationId: string) => `mail_${notificationId}`;

/** The part of the notification center the job uses (the center queues these jobs, so it is named by shape, not imported). */
interface MailingCenter {
  sendMail(notificationId: string, send: Mailer['send']): Promise<string>;
}

export async function sendMail(deps: { center: MailingCenter; mailer: Mailer }, job: Job<SendMailPayload>): Promise<string> {
  return deps.center.sendMail(job.data.notificationId, (mail) => deps.mailer.send(mail));
}
