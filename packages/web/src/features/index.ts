import type { Feature } from '../feature-declaration';
import { aboutFeature } from './about/feature';
import { accountFeature } from './account/feature';
import { adminFeature } from './admin/feature';
import { courtsFeature } from './courts/feature';
import { directoryFeature } from './directory/feature';
import { helpFeature } from './help/feature';
import { homeFeature } from './home/feature';
import { invitationFeature } from './invitation/feature';
import { meetingsFeature } from './meetings/feature';
import { notFoundFeature } from './not-found/feature';
import { passwordResetFeature } from './password-reset/feature';
import { referralFeature } from './referral/feature';
import { responseFeature } from './response/feature';
import { screeningFeature } from './screening/feature';
import { setupFeature } from './setup/feature';
import { signInFeature } from './sign-in/feature';
import { workFeature } from './work/feature';
import { youthFeature } from './youth/feature';

/**
 * Every feature of the web app, once. The router makes its routes from this list and the header its menu (within a
 * menu group, entries keep this order), so a new feature is a folder `features/<name>/` and one line here.
 */
export const FEATURES: readonly Feature[] = [
  homeFeature,
  workFeature,
  accountFeature,
  aboutFeature,
  helpFeature,
  signInFeature,
  setupFeature,
  invitationFeature,
  passwordResetFeature,
  youthFeature,
  screeningFeature,
  responseFeature,
  directoryFeature,
  referralFeature,
  meetingsFeature,
  courtsFeature,
  adminFeature,
  notFoundFeature,
];
