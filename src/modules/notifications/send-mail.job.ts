import type { Job } from 'bullmq';

import type { Mailer } from './mailer';
import type { NotificationCenter } from './notification-center';

/** Sends the e-mail of one notification (notifications queue). */
export const SEND_MAIL = 'send-mail';
export interface SendMailPayload {
  notificationId: string;
}
export const sendMailJobId = (notificationId: string) => `mail_${notificationId}`;

export async function sendMail(deps: { center: NotificationCenter; mailer: Mailer }, job: Job<SendMailPayload>): Promise<string> {
  return deps.center.sendMail(job.data.notificationId, (mail) => deps.mailer.send(mail));
}
